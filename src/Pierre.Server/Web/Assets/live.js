// The UI's only script: copy buttons, and the dashboard's live usage. Pages work without it.
(() => {
  'use strict';

  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(source.textContent);
        button.textContent = 'Copied';
      } catch {
        window.getSelection().selectAllChildren(source);
        button.textContent = 'Press Ctrl+C';
      }
    });
  }

  const panel = document.querySelector('[data-live-src]');
  if (!panel) {
    return;
  }

  let refreshing = false;
  let again = false;
  const refresh = async () => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    try {
      const response = await fetch(panel.dataset.liveSrc, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (response.ok) {
        panel.innerHTML = await response.text();
        panel.dataset.updated = String(Date.now());
      }
    } finally {
      refreshing = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  };

  const connect = (delay) => {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    socket.addEventListener('open', () => { panel.dataset.live = 'connected'; delay = 1000; });
    socket.addEventListener('message', (message) => {
      const event = JSON.parse(message.data);
      if (event.type !== 'pong') {
        refresh();
      }
    });
    socket.addEventListener('close', () => {
      panel.dataset.live = 'closed';
      setTimeout(() => connect(Math.min(delay * 2, 30000)), delay);
    });
  };
  connect(1000);
})();
