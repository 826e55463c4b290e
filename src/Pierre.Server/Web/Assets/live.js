// The UI's own script: copy buttons, the dashboard's live usage, and the waiting page moving on once an admin approves
// the account. Pages work without it. Blazor's enhanced forms
// patch a page in place, so this runs again after each ('enhancedload') instead of only once.
(() => {
  'use strict';

  document.addEventListener('click', async (click) => {
    const button = click.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    const source = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(source.textContent);
      button.textContent = 'Copied';
    } catch {
      window.getSelection().selectAllChildren(source);
      button.textContent = 'Press Ctrl+C';
    }
  });

  let socket = null;
  let refreshing = false;
  let again = false;

  const panel = () => document.querySelector('[data-live-src]');
  const waiting = () => document.querySelector('[data-await-approval]');

  const refresh = async () => {
    const target = panel();
    if (!target) {
      return;
    }
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    try {
      const response = await fetch(target.dataset.liveSrc, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (response.ok) {
        target.innerHTML = await response.text();
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
    if (!(panel() || waiting()) || socket) {
      return;
    }
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    socket.addEventListener('open', () => {
      delay = 1000;
      const target = panel() || waiting();
      if (target) {
        target.dataset.live = 'connected';
      }
    });
    socket.addEventListener('message', (message) => {
      const type = JSON.parse(message.data).type;
      if (type === 'account_approved' && waiting()) {
        location.assign('/');
      } else if (type !== 'pong') {
        refresh();
      }
    });
    socket.addEventListener('close', () => {
      socket = null;
      setTimeout(() => connect(Math.min(delay * 2, 30000)), delay);
    });
  };

  const start = () => {
    if (panel() || waiting()) {
      connect(1000);
    } else if (socket) {
      socket.close();
    }
  };

  start();
  if (window.Blazor) {
    window.Blazor.addEventListener('enhancedload', start);
  }
})();
