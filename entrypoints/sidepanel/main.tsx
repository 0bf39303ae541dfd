import { render } from 'preact';
import { PanelApp } from './PanelApp';

render(<PanelApp />, document.getElementById('app') as HTMLElement);
