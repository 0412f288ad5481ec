// Renders a component to HTML in Node (no DOM library is installed): enough to check what the
// app puts on the page, in both languages, and that outside text stays text.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { initI18n, type Language } from '../i18n';

export function render(node: ReactNode, lang: Language = 'en'): string {
  const i18n = initI18n(lang);
  void i18n.changeLanguage(lang);
  return renderToStaticMarkup(
    <MantineProvider withCssVariables={false} withGlobalClasses={false}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>{node}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
