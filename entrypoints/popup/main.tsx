import { render } from 'preact';

// PLACEHOLDER (owner: popup-options): the paste-or-drop analyzer.
function Popup() {
  return <h1>Bounce Lens</h1>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
