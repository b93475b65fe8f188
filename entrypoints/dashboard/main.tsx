import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openRungDb } from '../../lib/log/db';
import { LogRepository } from '../../lib/log/repository';
import { App } from './App';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('dashboard.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App repository={new LogRepository(openRungDb())} />
  </StrictMode>,
);
