import { render } from 'preact';
import '@/assets/ui.css';
import { WelcomeApp } from './WelcomeApp';

render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
