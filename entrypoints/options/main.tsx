import { render } from 'preact';
import { loadSettings, type Settings, watchSettings } from '../../platform/settings';
import { Options } from './Options';
import './page.css';

const root = document.getElementById('app');

function show(settings: Settings): void {
  document.documentElement.dataset.theme = settings.theme;
  if (root)
    render(
      <Options initial={settings} onSaved={(saved) => (document.documentElement.dataset.theme = saved.theme)} />,
      root,
    );
}

loadSettings().then((settings) => {
  show(settings);
  watchSettings(show, new AbortController().signal);
});
