import { lazy, Suspense } from 'react';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Routes, Route, Navigate } from 'react-router-dom';
import { SessionGate } from './session/SessionGate';
import { Shell } from './layout/Shell';
import { Loading } from './components/Loading';
import { ApiError } from './api/client';
import { dashboardQuery } from './api/queries';
import i18next from 'i18next';

// Each scene is its own chunk: the first load carries only the shell, sign-in and the dashboard.
const loadDashboard = () => import('./scenes/Dashboard');
const Dashboard = lazy(loadDashboard);
// The dashboard is the usual first page: fetch its chunk and its data while the session is being
// checked (signed out, the data request fails with 401 and is fetched again after sign-in).
const onDashboard = typeof location !== 'undefined' && location.pathname === '/';
if (onDashboard) void loadDashboard();
const Requests = lazy(() => import('./scenes/Requests'));
const RequestPage = lazy(() => import('./scenes/RequestPage'));
const Compose = lazy(() => import('./scenes/Compose'));
const Inbox = lazy(() => import('./scenes/Inbox'));
const Records = lazy(() => import('./scenes/Records'));
const DocumentViewer = lazy(() => import('./scenes/DocumentViewer'));
const Agencies = lazy(() => import('./scenes/Agencies'));
const AgencyPage = lazy(() => import('./scenes/AgencyPage'));
const Settings = lazy(() => import('./scenes/Settings'));

// Mantine's own <style> injection is switched off (withCssVariables/withGlobalClasses below) so the
// app runs under a CSP with no 'unsafe-inline'; the variables come from styles.css instead.
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8, defaultRadius: 'sm' });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

if (onDashboard) void queryClient.prefetchQuery(dashboardQuery);

// Deadline explanations come from the server in the UI's language: refetch them on a switch.
i18next.on('languageChanged', () => {
  void queryClient.invalidateQueries({ queryKey: ['request'] });
  void queryClient.invalidateQueries({ queryKey: ['requests'] });
});

export function App() {
  return (
    <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false} forceColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionGate>
            <Shell>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/" element={<Dashboard />} />
                  <Route path="/requests" element={<Requests />} />
                  <Route path="/requests/new" element={<Compose />} />
                  <Route path="/requests/:id" element={<RequestPage />} />
                  <Route path="/inbox" element={<Inbox />} />
                  <Route path="/records" element={<Records />} />
                  <Route path="/records/:id" element={<DocumentViewer />} />
                  <Route path="/agencies" element={<Agencies />} />
                  <Route path="/agencies/:id" element={<AgencyPage />} />
                  <Route path="/settings" element={<Settings />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </Suspense>
            </Shell>
          </SessionGate>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
