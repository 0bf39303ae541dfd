import { render } from 'preact';
import '@/assets/ui.css';
import { PanelApp } from './PanelApp';

render(<PanelApp />, document.getElementById('app') as HTMLElement);
