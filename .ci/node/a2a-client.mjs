// External check: the A2A JS SDK (@a2a-js/sdk) as a client of Pierre's A2A server, either on protocol 1.0 (the default
// ClientFactory) or on 0.3 (the SDK's v0.3 compatibility layer). It resolves the agent card, connects the synthetic
// athlete, calls get_activities, reads the task back, streams analyze_training_load, and checks the errors for
// cancelling a finished task and reading an unknown one; on 1.0 it also lists the tasks.
// Usage: node a2a-client.mjs BASE_URL AGENT_API_KEY 1.0|0.3
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { AgentCard, Role, StreamResponse, Task, TaskState } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions, DefaultAgentCardResolver, JsonRpcTransportFactory } from '@a2a-js/sdk/client';
import { isLegacyAgentCard } from '@a2a-js/sdk/compat/v0_3/client';

const [base, apiKey, version] = process.argv.slice(2);
if (!base || !apiKey || !['1.0', '0.3'].includes(version)) {
  console.error('usage: node a2a-client.mjs BASE_URL AGENT_API_KEY 1.0|0.3');
  process.exit(2);
}
const label = `a2a-client ${version}`;
let step = 'start';
const check = (condition, message) => {
  if (!condition) throw new Error(message);
};
const show = (value, codec) => JSON.stringify(codec ? codec.toJSON(value) : value).slice(0, 600);
const stateName = (state) => TaskState[state] ?? String(state);
// A stream that never ends, or a call that never answers, fails the check instead of hanging CI.
setTimeout(() => {
  console.error(`${label}: FAILED at ${step}: no answer within 60 s`);
  process.exit(1);
}, 60_000).unref();

// The agent's key goes on every JSON-RPC call (the card itself is public).
const auth = {
  async before(args) { args.options.serviceParameters['X-API-Key'] = apiKey; },
  async after() {},
};
const clientConfig = { interceptors: [auth] };
const toolCall = (tool, args) => ({
  message: {
    messageId: randomUUID(),
    role: Role.ROLE_USER,
    parts: [{ content: { $case: 'data', value: { tool, arguments: args } }, mediaType: 'application/json' }],
  },
});

async function connect() {
  if (version === '1.0') {
    const card = await new DefaultAgentCardResolver().resolve(base); // sends A2A-Version: 1.0 → the v1 card
    const interfaces = card.supportedInterfaces.map((i) => `${i.protocolBinding} ${i.protocolVersion} ${i.url}`);
    for (const wanted of ['1.0', '0.3']) {
      check(interfaces.includes(`JSONRPC ${wanted} ${base}/a2a`), `card lacks the JSONRPC ${wanted} interface at ${base}/a2a: ${show(card, AgentCard)}`);
    }
    const options = ClientFactoryOptions.createFrom(ClientFactoryOptions.default, { clientConfig });
    return { card, client: await new ClientFactory(options).createFromAgentCard(card) };
  }
  // A v0.3 client asks without A2A-Version and gets the v0.3 card; the legacy factory picks the v0.3 transport.
  const response = await fetch(new URL('.well-known/agent-card.json', base));
  check(response.ok, `GET /.well-known/agent-card.json answered ${response.status}`);
  const raw = await response.json();
  check(isLegacyAgentCard(raw) && raw.protocolVersion === '0.3.0' && raw.url === `${base}/a2a` && raw.preferredTransport === 'JSONRPC',
    `the card without A2A-Version is not the v0.3 card (protocolVersion 0.3.0, url ${base}/a2a, preferredTransport JSONRPC): ${show(raw)}`);
  const legacyCompat = { enabled: true };
  const options = ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
    transports: [new JsonRpcTransportFactory({ legacyCompat })],
    cardResolver: new DefaultAgentCardResolver({ legacyCompat }),
    clientConfig,
  });
  const client = await new ClientFactory(options).createFromAgentCard(raw);
  return { card: await client.getAgentCard(), client };
}

// The artifact "result", named after the tool: the tool's structured result (data part) and its text form (text part).
function resultOf(artifact, tool, what) {
  check(artifact?.artifactId === 'result' && artifact.name === tool, `${what}: no artifact "result" named ${tool}: ${show(artifact)}`);
  const data = artifact.parts.find((p) => p.content?.$case === 'data')?.content.value;
  const text = artifact.parts.find((p) => p.content?.$case === 'text')?.content.value;
  check(data !== null && typeof data === 'object', `${what}: the artifact has no data part holding an object: ${show(artifact)}`);
  check(typeof text === 'string' && text.length > 0, `${what}: the artifact has no text part: ${show(artifact)}`);
  return { data, text };
}

function completedTask(result, tool, what) {
  check(!('messageId' in result), `${what}: answered a message, not a task: ${show(result)}`);
  check(result.status?.state === TaskState.TASK_STATE_COMPLETED,
    `${what}: task ${result.id} is ${stateName(result.status?.state)}, not completed: ${show(result, Task)}`);
  check(result.artifacts.length === 1, `${what}: expected one artifact, got ${result.artifacts.length}: ${show(result, Task)}`);
  return { task: result, ...resultOf(result.artifacts[0], tool, what) };
}

async function expectError(call, name, code, what) {
  let answer;
  try {
    answer = await call;
  } catch (e) {
    check(e.name === name && e.envelopeCode === code, `${what}: expected ${name} (${code}), got ${e.name} (${e.envelopeCode}): ${e.message}`);
    return e;
  }
  throw new Error(`${what}: expected ${name} (${code}), the call succeeded: ${show(answer, Task)}`);
}

async function run() {
  step = '1 card';
  const { card, client } = await connect();
  check(client.protocolVersion === version, `the client speaks protocol ${client.protocolVersion}, expected ${version}`);
  const skills = card.skills.map((s) => s.id);
  check(card.name.trim().length > 0, 'the card has no name');
  check(card.capabilities?.streaming === true, `the card does not announce streaming: ${show(card.capabilities)}`);
  check(skills.includes('data') && skills.includes('analysis'), `the card's skills ${show(skills)} lack data or analysis`);
  console.log(`${label}: card "${card.name}", skills ${skills.join(', ')}, protocol ${client.protocolVersion}`);

  step = '2 connect_provider';
  const connected = completedTask(await client.sendMessage(toolCall('connect_provider', { provider: 'synthetic' })), 'connect_provider', step);
  check(connected.data.connected === true, `${step}: the result is not connected: ${show(connected.data)}`);
  console.log(`${label}: connect_provider synthetic → task ${connected.task.id} completed`);

  step = '3 get_activities';
  const activities = completedTask(await client.sendMessage(toolCall('get_activities', { limit: 5 })), 'get_activities', step);
  check(Array.isArray(activities.data.activities) && activities.data.activities.length === 5,
    `${step}: expected 5 activities: ${show(activities.data)}`);
  console.log(`${label}: get_activities → task ${activities.task.id} completed, 5 activities, text of ${activities.text.length} chars`);

  step = '4 getTask';
  const read = completedTask(await client.getTask({ id: activities.task.id }), 'get_activities', step);
  check(read.task.id === activities.task.id, `${step}: asked for ${activities.task.id}, got ${read.task.id}`);
  check(isDeepStrictEqual(read.data, activities.data) && read.text === activities.text,
    `${step}: the stored artifact differs from the one sent back: ${show(read.task, Task)}`);
  console.log(`${label}: getTask ${read.task.id} → completed, same artifact`);

  step = '5 stream analyze_training_load';
  const events = [];
  for await (const event of client.sendMessageStream(toolCall('analyze_training_load', {}))) events.push(event.payload);
  const trace = events.map((e) => `${e.$case}${e.value.status ? `(${stateName(e.value.status.state)})` : ''}`).join(' → ');
  const fail = (message) => new Error(`${step}: ${message}; events: ${events.map((e) => show({ payload: e }, StreamResponse)).join(' | ')}`);
  const first = events[0];
  if (first?.$case !== 'task' || ![TaskState.TASK_STATE_SUBMITTED, TaskState.TASK_STATE_WORKING].includes(first.value.status?.state)) {
    throw fail('the first event is not a submitted or working task');
  }
  const taskId = first.value.id;
  if (events.slice(1).some((e) => e.$case === 'task' || e.$case === 'message' || e.value.taskId !== taskId)) {
    throw fail(`after the task, expected only status and artifact updates of task ${taskId}`);
  }
  const working = events.findIndex((e) => e.$case === 'statusUpdate' && e.value.status?.state === TaskState.TASK_STATE_WORKING);
  const artifactAt = events.findIndex((e) => e.$case === 'artifactUpdate');
  const last = events.at(-1);
  if (working < 1 || artifactAt < working || last.$case !== 'statusUpdate' || last.value.status?.state !== TaskState.TASK_STATE_COMPLETED) {
    throw fail('expected task, working status, artifact update, then a completed status last');
  }
  const analysis = resultOf(events[artifactAt].value.artifact, 'analyze_training_load', step);
  const keys = Object.keys(analysis.data);
  check(['ctl', 'atl', 'tsb'].every((k) => typeof analysis.data[k] === 'number'), `${step}: the analysis has no numeric ctl, atl and tsb: ${show(analysis.data)}`);
  console.log(`${label}: stream → ${trace}; analysis keys: ${keys.join(', ')}`);

  step = '6 cancelTask on a completed task';
  const notCancelable = await expectError(client.cancelTask({ id: taskId }), 'TaskNotCancelableError', -32002, step);
  console.log(`${label}: cancelTask ${taskId} → ${notCancelable.name} (-32002): ${notCancelable.message}`);

  step = '7 getTask on an unknown id';
  const unknown = randomUUID();
  const notFound = await expectError(client.getTask({ id: unknown }), 'TaskNotFoundError', -32001, step);
  console.log(`${label}: getTask ${unknown} → ${notFound.name} (-32001): ${notFound.message}`);

  if (version === '1.0') {
    step = '8 listTasks';
    const listed = await client.listTasks({ pageSize: 10, status: TaskState.TASK_STATE_UNSPECIFIED });
    const ids = listed.tasks.map((t) => t.id);
    const made = [connected.task.id, activities.task.id, taskId];
    check(made.every((id) => ids.includes(id)), `${step}: the tasks made (${made.join(', ')}) are not all listed: ${show(ids)}`);
    console.log(`${label}: listTasks → ${ids.length} tasks (total ${listed.totalSize}), including the 3 made`);
  }
}

try {
  await run();
  console.log(`${label}: ok`);
  process.exit(0);
} catch (e) {
  const code = e.envelopeCode === undefined ? '' : ` (${e.envelopeCode})`;
  const cause = e.cause?.message ? ` [cause: ${e.cause.message}]` : '';
  console.error(`${label}: FAILED at ${step}: ${e.name === 'Error' ? '' : `${e.name}${code}: `}${e.message}${cause}`);
  process.exit(1);
}
