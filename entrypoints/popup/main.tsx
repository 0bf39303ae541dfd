import { render } from 'preact';
import '@/assets/ui.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
