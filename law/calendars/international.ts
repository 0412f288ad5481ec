// National calendars of the countries in international.csv: date-holidays public days (plus the
// types named per country), with the corrections below. README.md says what each is based on.
import type { IsoDate } from '../contract';
import type { CalendarDefinition } from './definition';
import { addDays, easterSunday, isoOf, MON, nthWeekday, weekdayOf } from './dates';
import { daysBetween, ecuadorMove, ecuadorNovemberPair, guatemalaTourismMonday, semanaMorazanica } from './latam-rules';
import { libraryCalendar, type LibraryCalendarSpec } from './library';

const LIB = 'date-holidays 3.37.0';
const unchecked = 'not checked against an official list';

/** Victoria Day: the Monday before May 25 (Holidays Act and Interpretation Act s. 35). */
function victoriaDay(year: number): IsoDate {
  const may24 = isoOf(year, 5, 24);
  return addDays(may24, -((weekdayOf(may24) - MON + 7) % 7));
}

const SPECS: LibraryCalendarSpec[] = [
  {
    // Ley Federal del Trabajo art. 74: the days of mandatory rest. The library's 'bank' days (Holy
    // Thursday and Friday, November 2, December 12) are customary closures of many offices but not
    // art. 74 days: guarantor bodies publish their own calendars, which organisations import.
    id: 'mx',
    name: 'Mexico (Ley Federal del Trabajo art. 74 days of mandatory rest)',
    source:
      `${LIB} (MX, type public) = LFT art. 74 fractions I-VI and VIII; fraction VII (transfer of the federal ` +
      'executive) added; election days (IX) not modelled. Official text: https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf',
    verified: true,
    country: 'MX',
    types: ['public'],
    weekend: 'none',
    add: [
      {
        name: 'Transmisión del Poder Ejecutivo Federal',
        // Every six years (1976, ..., 2018, 2024): December 1 up to 2018; October 1 from 2024 (Constitution art. 83 as amended in 2014).
        on: (y) => (y % 6 === 2 ? (y <= 2018 ? isoOf(y, 12, 1) : isoOf(y, 10, 1)) : null),
        reason: 'LFT art. 74 fraction VII; from 2024 the term begins October 1 (Constitución art. 83, reform of 2014)',
      },
    ],
  },
  {
    // Código de Trabajo art. 127 (public and private sector). June 30 moves to a Monday under Decreto 19-2018
    // (from 2019; in 2019 May 1 and October 20 moved too, until the CC ruling of 2020-04-16).
    id: 'gt', name: 'Guatemala (national holidays)', country: 'GT', types: ['public'], weekend: 'none', verified: false,
    source:
      `${LIB} (GT, type public; the half days of December 24 and 31 are working days here); Código de Trabajo art. 127; ` +
      'Decreto 19-2018 moves June 30 to a Monday (Mintrab as reported at https://guatevision.com/nacionales/dia-del-ejercitohabra-fin-de-semana-largo-por-el-asueto-del-30-de-junio-en-guatemala ' +
      'and https://www.leydenegocios.com/post/feriados-asuetos-2023); 2024 and 2025 match press lists (https://www.prensalibre.com/vida/escenario/asuetos-en-guatemala-habra-descanso-el-15-de-septiembre-de-2025/), ' +
      'not an official list, so not verified; years before 2019 use the library (Decreto 42-2010 moves not modelled); local patron-saint days not modelled',
    drop: [
      { name: /^Día de las Fuerzas Armadas/, reason: 'moved to a Monday by Decreto 19-2018', when: (y) => y >= 2019 },
      { name: /^(Día del Trabajador|Día de la Revolución)/, reason: 'moved to a Monday by Decreto 19-2018 in 2019 (CC ruling of 2020-04-16 stopped it)', when: (y) => y === 2019 },
    ],
    add: [
      { name: 'Día del Ejército', on: (y) => (y >= 2019 ? guatemalaTourismMonday(isoOf(y, 6, 30)) : null), reason: 'Código de Trabajo art. 127; Decreto 19-2018 (Monday rule)' },
      { name: 'Día del Trabajador', on: (y) => (y === 2019 ? guatemalaTourismMonday(isoOf(y, 5, 1)) : null), reason: 'Código de Trabajo art. 127; Decreto 19-2018 (2019)' },
      { name: 'Día de la Revolución', on: (y) => (y === 2019 ? guatemalaTourismMonday(isoOf(y, 10, 20)) : null), reason: 'Código de Trabajo art. 127; Decreto 19-2018 (2019)' },
    ],
  },
  {
    // Código de Trabajo art. 339 days; from 2016 the October holidays form the 'Semana Morazánica' (Decreto 78-2015).
    id: 'hn', name: 'Honduras (national holidays)', country: 'HN', types: ['public'], weekend: 'none', verified: false,
    source:
      `${LIB} (HN, type public); October 3, 12 and 21 replaced from 2016 by the Wednesday-Friday of the first week of October (Decreto 78-2015; ` +
      '2023-2025 dates as reported at https://www.enlaplaza.hn/portada/cuando-sera-el-feriado-morazanico-en-honduras and ' +
      'https://www.laprensa.hn/honduras/feriado-morazanico-2025-dias-descanso-empleados-publicos-gobierno-honduras-OH27319601); ' +
      'the public administration closure of 2025-09-29/30 (charged to vacation) is an executive closure; press sources only, so not verified',
    drop: [{ name: /^(Día del Soldado|Día de la Raza|Día de las Fuerzas Armadas)/, reason: 'grouped into the Semana Morazánica (Decreto 78-2015)', when: (y) => y >= 2016 }],
    add: [
      { name: 'Semana Morazánica (feriados del 3, 12 y 21 de octubre)', on: (y) => (y >= 2016 ? semanaMorazanica(y) : null), reason: 'Decreto Legislativo 78-2015' },
      {
        name: 'Semana Morazánica: administración pública cerrada (a cuenta de vacaciones)',
        on: (y) => (y === 2025 ? ['2025-09-29', '2025-09-30'] : null),
        kind: 'executive-closure',
        reason: 'Secretaría de Gobernación, Justicia y Descentralización, communiqué of September 2025 (https://www.elheraldo.hn/fotogalerias/honduras/dias-libres-empresa-privada-publica-feriado-morazanico-2025-II27496860)',
      },
    ],
  },
  {
    // Código de Trabajo art. 190 plus the public employees' vacations of the Ley de Asuetos, Vacaciones y
    // Licencias de los Empleados Públicos (1940): August 1-6 and December 24 - January 2.
    id: 'sv', name: 'El Salvador (asuetos and public-sector vacations)', country: 'SV', types: ['public'], weekend: 'none', verified: false,
    source:
      `${LIB} (SV, type public) plus New Year's Day, Mother's Day (May 10, from 2016) and Father's Day (June 17, from 2013) of Código de Trabajo ` +
      'art. 190, which the library files as observance/optional; public employees’ vacations August 1-6 and December 24 - January 2 ' +
      '(Ley de Asuetos, Vacaciones y Licencias de los Empleados Públicos, 1940, as quoted at https://www.laprensagrafica.com/elsalvador/Estos-son-los-asuetos-que-los-salvadorenos-tendran-en-2019-y-cuanto-falta-para-que-lleguen-20190114-0200.html); ' +
      'the eight-day Holy Week vacation of that law is not modelled (its days are not stated in the sources found); secondary sources only, so not verified',
    add: [
      { name: 'Año Nuevo', on: (y) => isoOf(y, 1, 1), reason: 'Código de Trabajo art. 190 (the library files it as an observance)' },
      { name: 'Día de la Madre', on: (y) => (y >= 2016 ? isoOf(y, 5, 10) : null), reason: 'Código de Trabajo art. 190 (all workers from 2016)' },
      { name: 'Día del Padre', on: (y) => (y >= 2013 ? isoOf(y, 6, 17) : null), reason: 'Código de Trabajo art. 190 (from 2013)' },
      { name: 'Vacación de agosto (empleados públicos)', on: (y) => daysBetween(isoOf(y, 8, 1), isoOf(y, 8, 6)), reason: 'Ley de Asuetos, Vacaciones y Licencias de los Empleados Públicos (1940)' },
      { name: 'Vacación de fin de año (empleados públicos)', on: (y) => [...daysBetween(isoOf(y, 1, 1), isoOf(y, 1, 2)), ...daysBetween(isoOf(y, 12, 24), isoOf(y, 12, 31))], reason: 'Ley de Asuetos, Vacaciones y Licencias de los Empleados Públicos (1940)' },
      {
        name: 'Licencia remunerada (Decreto Legislativo de 2022-09-14)',
        on: (y) => (y === 2022 ? '2022-09-16' : null),
        reason: 'Asamblea Legislativa decree of 2022-09-14 (https://publicaciones.bdsasesores.com/blog/elsalvador-bds_alertalaboral-asamblea-legislativa-aprueba-asueto-nacional-para-el-16-de-septiembre)',
      },
    ],
  },
  {
    // Código de Trabajo art. 148. Ley 9803 (2020) made December 1 (Abolición del Ejército) a holiday and
    // removed October 12. Moves by Ley 9875 are modelled only where a dated list was found.
    id: 'cr', name: 'Costa Rica (national holidays)', country: 'CR', types: ['public'], weekend: 'none', verified: false,
    source:
      `${LIB} (CR, type public); Código de Trabajo art. 148 as reformed by Ley 9803 (December 1 added from 2020, October 12 removed; ` +
      'https://publicaciones.bdsasesores.com/blog/costarica-alertalaboralbds-dia-de-la-abolicion-del-ejercito); 2023 moves (July 24, August 14) ' +
      'as reported at https://www.lateja.cr/nacional/al-2023-le-quedan-solo-7-feriados-cuales-son-de/G3KI2BG6URG2XEMHFLAYCEKI44/story/; ' +
      '2025 (no moves) as reported at https://www.elfinancierocr.com/economia-y-politica/cuantos-feriados-le-quedan-al-ano-este-es-el-fin/KSZAC2LPHJGXHCA46FCHYPQWNU/story/; ' +
      'moves of 2020-2022 and 2024 and the Día de la Persona Negra (August 31) are not modelled; press sources only, so not verified',
    drop: [
      { name: /^Día de la Raza/, reason: 'no longer a holiday from 2020 (Ley 9803)', when: (y) => y >= 2020 },
      { name: /^(Anexión del Partido de Nicoya|Día de la Madre)/, reason: 'moved to the Monday before in 2023 (Ley 9875)', when: (y) => y === 2023 },
    ],
    add: [
      {
        name: 'Día de la Abolición del Ejército',
        // 2021: enjoyed on Monday November 29 (Ley 9875); 2020 and 2022 moves unknown, so not listed.
        on: (y) => (y === 2021 ? '2021-11-29' : y >= 2023 ? isoOf(y, 12, 1) : null),
        reason: 'Código de Trabajo art. 148 as reformed by Ley 9803',
      },
      { name: 'Anexión del Partido de Nicoya', on: (y) => (y === 2023 ? '2023-07-24' : null), reason: 'moved by Ley 9875 (2023)' },
      { name: 'Día de la Madre', on: (y) => (y === 2023 ? '2023-08-14' : null), reason: 'moved by Ley 9875 (2023)' },
    ],
  },
  {
    // Código de Trabajo art. 46 days (library). Public offices also close on Carnival Monday and Ash
    // Wednesday by a yearly executive decree (hours made up beforehand): executive closures.
    id: 'pa', name: 'Panama (national holidays)', country: 'PA', types: ['public'], weekend: 'library', verified: false,
    source:
      `${LIB} (PA, type public, Sunday holidays observed Monday as the library encodes); Carnival public-office closures by executive ` +
      'decree for 2017 (DE 14), 2024 (DE 3 of 2024-01-10) and 2026 (DE 3 of 2026-01-12) as reported at https://www.diaadia.com.pa/el-pais/oficinas-publicas-cerraran-el-lunes-de-carnaval-666839, ' +
      'https://www.telemetro.com/nacionales/calendario-feriados-panama-todos-los-dias-no-laborables-febrero-n5962700 and ' +
      'https://www.laestrella.com.pa/panama/nacional/decreto-ejecutivo-ordena-cierre-de-entidades-publicas-por-carnaval-2026-LM19041846 ' +
      '(other years: not found); not checked against an official list',
    add: [
      {
        name: 'Carnaval: oficinas públicas cerradas (decreto ejecutivo)',
        on: (y) => ({ 2017: ['2017-02-27'], 2024: ['2024-02-12', '2024-02-14'], 2026: ['2026-02-16', '2026-02-18'] })[y] ?? null,
        kind: 'executive-closure',
        reason: 'yearly executive decree closing national and municipal public offices for Carnival',
      },
    ],
    addedWeekend: 'none',
  },
  {
    id: 'co', name: 'Colombia (national holidays)', country: 'CO', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (CO, type public; Ley 51 de 1983 moves to Monday are built into the library's rules); ${unchecked}`,
  },
  {
    // Lei 9.784 art. 66 §1: a period ending on a day without 'expediente' runs to the next business day.
    // Carnival Monday/Tuesday and Corpus Christi are federal 'pontos facultativos' (library type 'bank');
    // the yearly MGI portaria adds others (2025: June 20, and Dia do Servidor Público moved to October 27).
    id: 'br', name: 'Brazil (federal: national holidays and full-day pontos facultativos)', country: 'BR', types: ['public', 'bank'], weekend: 'none', verified: false,
    source:
      `${LIB} (BR, types public and bank); half-day pontos facultativos (Ash Wednesday morning, December 24 and 31 afternoons) count as working days; ` +
      '2025 full-day pontos facultativos of Portaria MGI nº 9.783/2024 added (June 20; Dia do Servidor Público on October 27) as reproduced at ' +
      'https://acheconcursos.com.br/noticias/feriados-2025-governo-divulga-lista-oficial-das-datas-77466 and https://jd1noticias.com/brasil/veja-os-feriados-nacionais-e-os-pontos-facultativos-em-2025/147554; ' +
      'other years’ Dia do Servidor Público (October 28, often moved) is not modelled; not verified (copies of the portaria)',
    add: [
      { name: 'Ponto facultativo (Portaria MGI nº 9.783/2024)', on: (y) => (y === 2025 ? '2025-06-20' : null), reason: 'Portaria MGI nº 9.783/2024' },
      { name: 'Dia do Servidor Público (ponto facultativo, transferido)', on: (y) => (y === 2025 ? '2025-10-27' : null), reason: 'Portaria MGI nº 9.783/2024' },
    ],
  },
  {
    id: 'cl', name: 'Chile (national holidays)', country: 'CL', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (CL, type public; moves to Monday/Friday are built into the library's rules); ${unchecked}`,
  },
  {
    // Feriados (D. Leg. 713 as amended) from the library, plus the public-sector 'días no laborables' decreed
    // by the PCM (TUO Ley 27444 art. 145: days not worked by the service are excluded from día-hábil periods).
    id: 'pe', name: 'Peru (feriados and public-sector días no laborables)', country: 'PE', types: ['public'], weekend: 'none', verified: false,
    source:
      `${LIB} (PE, type public); public-sector días no laborables of D.S. 151-2022-PCM (2023 and 2024-01-02; https://www.peru-retail.com/esta-es-la-lista-de-dias-no-laborables-del-2023-y-2024-en-peru-aplica-para-el-sector-privado/) ` +
      'and D.S. 042-2025-PCM (2025-05-02, 2025-12-26, 2026-01-02; https://panamericana.pe/nacionales/439335-gobierno-decreta-tres-nuevos-dias-laborables-compensables-2025-2026); ' +
      'other decrees (e.g. for 2024) not found and not modelled; press sources only, so not verified',
    add: [
      {
        name: 'Día no laborable (sector público)',
        on: (y) =>
          ({
            2023: ['2023-01-02', '2023-04-28', '2023-06-30', '2023-07-27', '2023-10-09', '2023-12-07', '2023-12-26'],
            2024: ['2024-01-02'],
            2025: ['2025-05-02', '2025-12-26'],
            2026: ['2026-01-02'],
          })[y] ?? null,
        reason: 'D.S. 151-2022-PCM (2023, 2024-01-02); D.S. 042-2025-PCM (2025-05-02, 2025-12-26, 2026-01-02)',
      },
    ],
  },
  {
    // LOSEP Disposición General Cuarta and Código del Trabajo art. 65: ten national holidays; from 2017 the
    // movable ones go to a Friday or Monday. The library misdates Guayaquil (September 10 instead of
    // October 9) and lists Holy Thursday, which is not a holiday.
    id: 'ec', name: 'Ecuador (national holidays)', country: 'EC', types: ['public'], weekend: 'none', verified: false,
    source:
      `${LIB} (EC, type public) corrected: Holy Thursday removed; Independencia de Guayaquil on October 9; from 2017 May 1, May 24, August 10 and ` +
      'October 9 moved by the Ley de feriados rule and November 2-3 moved as a pair (patterns of 2022, 2024, 2025); 2025 presidential decree days ' +
      'January 2-3 added. Checked against the Ministry of Tourism calendars for 2024 and 2025 as reported at ' +
      'https://www.elcomercio.com/actualidad/ecuador/cuantos-feriados-habra-en-ecuador-en-2025-son-recuperables.html, ' +
      'https://www.eldiario.ec/lamarea/dia-de-los-difuntos-cuando-inicia-el-feriado/ and https://dialoguemos.ec/2024/05/ecuador-todos-los-feriados-en-mayo-de-2024; ' +
      'press sources only, so not verified; provincial holidays not modelled',
    drop: [
      { name: /^Jueves Santo/, reason: 'not a national holiday in Ecuador (only Good Friday)' },
      { name: /^Independencia de Guayaquil/, reason: 'the library dates it September 10; it is October 9 (added below)' },
      {
        name: /^(Día del Trabajador|Batalla del Pichincha|Día del Primer Grito de Independencia|Día de los Difuntos|Independencia de Cuenca)/,
        reason: 'moved under the Ley de feriados from 2017 (added below)',
        when: (y) => y >= 2017,
      },
    ],
    add: [
      { name: 'Independencia de Guayaquil', on: (y) => (y >= 2017 ? ecuadorMove(isoOf(y, 10, 9)) : isoOf(y, 10, 9)), reason: 'LOSEP Disposición General Cuarta; Código del Trabajo art. 65' },
      { name: 'Día del Trabajador', on: (y) => (y >= 2017 ? ecuadorMove(isoOf(y, 5, 1)) : null), reason: 'Ley de feriados (LOSEP Disposición General Cuarta, 2016)' },
      { name: 'Batalla del Pichincha', on: (y) => (y >= 2017 ? ecuadorMove(isoOf(y, 5, 24)) : null), reason: 'Ley de feriados (LOSEP Disposición General Cuarta, 2016)' },
      { name: 'Primer Grito de Independencia', on: (y) => (y >= 2017 ? ecuadorMove(isoOf(y, 8, 10)) : null), reason: 'Ley de feriados (LOSEP Disposición General Cuarta, 2016)' },
      { name: 'Día de los Difuntos / Independencia de Cuenca', on: (y) => (y >= 2017 ? ecuadorNovemberPair(y) : null), reason: 'Ley de feriados; pair as scheduled by the Ministry of Tourism' },
      { name: 'Feriado nacional por decreto ejecutivo', on: (y) => (y === 2025 ? ['2025-01-02', '2025-01-03'] : null), reason: 'presidential decree for 2025-01-02/03 (https://notiamazonia.com/actualidad/listo-calendario-de-feriados-en-ecuador-para-2025)' },
    ],
  },
  {
    // 'Días no laborables' (Holy Thursday, tourist bridge days) close the national public administration.
    id: 'ar', name: 'Argentina (feriados and días no laborables)', country: 'AR', types: ['public', 'bank'], weekend: 'none', verified: false,
    source:
      `${LIB} (AR, types public and bank = feriados plus días no laborables); Ley 27.399; Decreto 1027/2024 (2025 días no laborables); ` +
      'Decreto 614/2025 moved October 12, 2025 to Friday October 10 (https://www.diariouno.com.ar/sociedad/javier-milei-hizo-oficial-el-cambio-es-feriado-el-viernes-10-o-el-lunes-13-octubre-n1484691); ' +
      '2025 matches the calendar as reported at https://diariolacalle.com.ar/nota/2801/oficializan-el-calendario-de-feriados-y-dias-no-laborables-del-2025/ (press), so not verified',
    add: [{ name: 'Día del Respeto a la Diversidad Cultural (trasladado)', on: (y) => (y === 2025 ? '2025-10-10' : null), reason: 'Decreto 614/2025' }],
  },
  {
    id: 'uy', name: 'Uruguay (feriados no laborables)', country: 'UY', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (UY, type public); Carnival and the whole 'Semana de Turismo' close many public offices but are not listed here; ${unchecked}`,
  },
  {
    id: 'do', name: 'Dominican Republic (national holidays)', country: 'DO', types: ['public'], weekend: 'none', verified: false,
    source: `${LIB} (DO, type public; Ley 139-97 moves to Monday are built into the library's rules); ${unchecked}`,
  },
  {
    // Federal statutory holidays (Canada Labour Code s. 166 general holidays) plus Easter Monday
    // (Interpretation Act s. 35(1); federal public service). A holiday on a weekend moves to the next
    // working day. The library's national list has only five of these, so the rest are added.
    id: 'ca',
    name: 'Canada (federal statutory holidays)',
    country: 'CA',
    types: ['public'],
    weekend: 'next-weekday',
    verified: true,
    source:
      `${LIB} (CA national: New Year's Day, Good Friday, Canada Day, Labour Day, Christmas) plus Easter Monday, Victoria Day, ` +
      'National Day for Truth and Reconciliation (from 2021), Thanksgiving, Remembrance Day and Boxing Day; Canada Labour Code s. 166, ' +
      'Interpretation Act s. 35(1) (https://laws-lois.justice.gc.ca/eng/acts/I-21/section-35.html); the federal public service Civic Holiday ' +
      '(first Monday of August) as an executive closure; 2024 equals the closure list of Library and Archives Canada ' +
      '(https://bibliotheque-archives.canada.ca/fra/services/public/visitez-nous/Pages/jours-feries.aspx); Quebec offices observe ' +
      'Saint-Jean-Baptiste instead of the Civic Holiday (not modelled)',
    add: [
      { name: 'Easter Monday', on: (y) => addDays(easterSunday(y), 1), reason: 'Interpretation Act s. 35(1)' },
      { name: 'Victoria Day', on: victoriaDay, reason: 'Canada Labour Code s. 166; Interpretation Act s. 35(1)' },
      { name: 'National Day for Truth and Reconciliation', on: (y) => (y >= 2021 ? isoOf(y, 9, 30) : null), reason: 'S.C. 2021, c. 11 (Canada Labour Code s. 166; Interpretation Act s. 35(1))' },
      { name: 'Thanksgiving Day', on: (y) => nthWeekday(y, 10, MON, 2), reason: 'Canada Labour Code s. 166 (second Monday of October by proclamation)' },
      { name: 'Remembrance Day', on: (y) => isoOf(y, 11, 11), reason: 'Canada Labour Code s. 166; Interpretation Act s. 35(1)' },
      { name: 'Boxing Day', on: (y) => isoOf(y, 12, 26), reason: 'Canada Labour Code s. 166' },
      {
        name: 'Civic Holiday (federal public service)',
        on: (y) => nthWeekday(y, 8, MON, 1),
        kind: 'executive-closure',
        reason:
          'not a holiday under Interpretation Act s. 35, but a designated paid holiday of the federal public service collective agreements ' +
          '(first Monday of August where no provincial day is recognised; https://old.psacatlantic.ca/updates/february-holiday-information-psac-members-federal-public-sector); ' +
          'federal offices such as Library and Archives Canada close',
      },
      {
        name: 'National Day of Mourning for Queen Elizabeth II',
        on: (y) => (y === 2022 ? '2022-09-19' : null),
        reason: "proclaimed day of mourning: a 'holiday' under Interpretation Act s. 35(1); federal public service closed",
      },
    ],
  },
  {
    // FOIA 2000 s. 10(6): a working day excludes Christmas Day, Good Friday and any bank holiday in any
    // part of the UK (Banking and Financial Dealings Act 1971): the union of the four nations' lists.
    id: 'gb',
    name: 'United Kingdom (FOIA s. 10(6): bank holidays anywhere in the UK, Christmas Day, Good Friday)',
    country: 'GB',
    regions: ['ENG', 'WLS', 'SCT', 'NIR'],
    types: ['public'],
    weekend: 'library',
    verified: true,
    source:
      `${LIB} (GB regions ENG, WLS, SCT, NIR, type public, with substitute days); Freedom of Information Act 2000 s. 10(6); ` +
      'checked against the 2025 lists of https://www.gov.uk/bank-holidays (as reproduced; see international.test.ts)',
  },
];

export const INTERNATIONAL_CALENDARS: CalendarDefinition[] = SPECS.map(libraryCalendar);
