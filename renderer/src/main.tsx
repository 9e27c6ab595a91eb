import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FootnoteDatabase, databaseNameFor } from './db/database';
import { maintainDerivedRows } from './db/derived-recompute';
import { detectElectronPlatform } from './platform/electron';
import { createWebPlatform } from './platform/web';
import { ServicesProvider } from './app/services';
import { NoticeProvider } from './ui/notices';
import { App } from './app/App';
import { ImportProvider } from './features/sources/ImportProvider';
import './app/theme.css';
import './app/layout.css';

// One workspace for now; the database name already carries it so more can be added without a migration.
const WORKSPACE = 'Default';

const services = {
  db: new FootnoteDatabase(databaseNameFor(WORKSPACE)),
  platform: detectElectronPlatform() ?? createWebPlatform(),
  workspace: WORKSPACE,
};

maintainDerivedRows(services.db);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <NoticeProvider>
        <ImportProvider>
          <App />
        </ImportProvider>
      </NoticeProvider>
    </ServicesProvider>
  </StrictMode>,
);
