// The UI's own script: copy buttons, and the dashboard's live usage. Pages work without it. Blazor's enhanced forms
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
    if (!panel() || socket) {
      return;
    }
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    socket.addEventListener('open', () => {
      delay = 1000;
      const target = panel();
      if (target) {
        target.dataset.live = 'connected';
      }
    });
    socket.addEventListener('message', (message) => {
      if (JSON.parse(message.data).type !== 'pong') {
        refresh();
      }
    });
    socket.addEventListener('close', () => {
      socket = null;
      setTimeout(() => connect(Math.min(delay * 2, 30000)), delay);
    });
  };

  const start = () => {
    if (panel()) {
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
