// Libraries loaded on first use, not at start. A web process that never renders a PDF letter,
// delivers mail or polls IMAP should not carry pdf-lib, nodemailer or imapflow in memory (each is
// 15-30 MB of RSS once compiled; measured in decision 0312).
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

export const pdfLib = lazyModule(() => import('pdf-lib'));
export const nodemailerModule = lazyModule(async () => (await import('nodemailer')).default);
export const imapflow = lazyModule(() => import('imapflow'));
export const mailparser = lazyModule(() => import('mailparser'));
export const yauzlModule = lazyModule(async () => (await import('yauzl')).default);
