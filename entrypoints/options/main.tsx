import { render } from 'preact';

// PLACEHOLDER (owner: popup-options): the settings page.
function Options() {
  return <h1>Bounce Lens settings</h1>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
