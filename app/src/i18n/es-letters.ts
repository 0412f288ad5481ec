// Cadenas en español de la elección de carta en Redactar (plantillas, idiomas, citas). Se incluyen
// en es.ts; en-letters.ts tiene las mismas claves.
export const lettersEs = {
  composeLetter: {
    template: 'Modelo de carta',
    templateHelp: 'Los modelos del servidor para esta ley. Una solicitud nueva empieza con la carta de solicitud; las demás se redactan desde la página de la solicitud una vez presentada.',
    family: {
      'us-federal': 'Redacción de la FOIA federal de EE. UU.',
      'us-state': 'Redacción de registros públicos de un estado de EE. UU.',
      international: 'Redacción de acceso a la información',
    },
    use: {
      'after-filing': 'Se redacta desde la página de la solicitud después de presentarla.',
      'after-adverse-determination': 'Se redacta desde la página de la solicitud después de registrar una resolución desfavorable.',
    },
    cites: 'Cita {{citations}}.',
    noStatute: 'Los datos de la ley no contienen una disposición para esto; el párrafo no cita ninguna norma.',
    languageDefault: 'El idioma de la ley ({{language}})',
    previewStale: 'Cambió la solicitud después de esta vista previa: vuelva a generarla para ver la carta que se enviará.',
    previewAgency: 'Mostrar la carta dirigida a',
    languageNoTemplate: '{{language}} (ningún modelo está redactado en el idioma de la ley, «{{code}}»)',
  },
};
