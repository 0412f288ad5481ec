// English strings of the letter choice in Compose (templates, languages, citations). Spread into
// en.ts; es-letters.ts holds the same keys.
export const lettersEn = {
  composeLetter: {
    template: 'Letter template',
    templateHelp: 'The server’s templates for this law. A new request starts with the request letter; the others are written from the request’s page once it is filed.',
    family: {
      'us-federal': 'U.S. federal FOIA wording',
      'us-state': 'U.S. state public-records wording',
      international: 'Access-to-information wording',
    },
    use: {
      'after-filing': 'Written from the request’s page after it is filed.',
      'after-adverse-determination': 'Written from the request’s page after an adverse determination is recorded.',
    },
    cites: 'Cites {{citations}}.',
    noStatute: 'The law’s data carries no provision for this; the paragraph cites no statute.',
    languageDefault: 'The law’s language ({{language}})',
    previewStale: 'You changed the request since this preview: preview again to see the letter that will be sent.',
    previewAgency: 'Show the letter to',
    languageNoTemplate: '{{language}} (no template is worded in the law’s language, “{{code}}”)',
  },
};
