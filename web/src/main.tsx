import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { SessionProvider } from './auth/session.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { get, keepAnswers } from './api/client.ts';
import { PartiesProvider, partiesRead } from './lib/parties.tsx';
import { RouterProvider } from './lib/router.tsx';
import { prefetchOverview } from './pages/overview/overview-reads.ts';
import './styles.css';

// The landing overview's answers, when the server sent them in the page (to anonymous visitors).
const sent = document.getElementById('landing-answers');
if (sent?.textContent) {
  try {
    keepAnswers(JSON.parse(sent.textContent) as Record<string, unknown>);
  } catch {
    // Unreadable: asked for as on any other page.
  }
  sent.remove();
}

// Reads asked for before the first render: who is signed in and the parties (every page), and the
// overview's data when it is the page opened. A failure is left to the component that reads it.
get('/api/v1/auth/me').catch(() => undefined);
get(...partiesRead).catch(() => undefined);
if (location.pathname === '/') void prefetchOverview(new URLSearchParams(location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <PartiesProvider>
            <App />
          </PartiesProvider>
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
