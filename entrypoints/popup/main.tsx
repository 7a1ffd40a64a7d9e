import { render } from 'preact';
import { loadSettings, type Settings, watchSettings } from '../../platform/settings';
import { Popup } from './Popup';
import '../../components/bounce-lens.css';
import '../options/page.css';
import './popup.css';

const root = document.getElementById('app');

function show(settings: Settings): void {
  document.documentElement.dataset.theme = settings.theme;
  if (root) render(<Popup settings={settings} />, root);
}

loadSettings().then((settings) => {
  show(settings);
  watchSettings(show, new AbortController().signal);
});
