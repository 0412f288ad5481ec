import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './App';

initI18n();
createRoot(document.getElementById('root')!).render(<App />);
