// National calendars against full years of published lists. Only Canada's list comes from a government
// page (verified); the others are press reproductions of official calendars, so those calendars stay
// unverified, but each year below was typed from the source named in its test (weekdays only).
import { describe, expect, it } from 'vitest';
import { getCalendar } from './index';

const cal = (id: string) => getCalendar(id)!;
const dates = (id: string, year: number) => cal(id).closures(year).map((c) => c.date);
const kinds = (id: string, year: number) => Object.fromEntries(cal(id).closures(year).map((c) => [c.date, c.kind]));

describe('Latin American calendars of the founding case', () => {
  it('Guatemala 2025 = Código de Trabajo art. 127 days as listed at https://www.prensalibre.com/vida/escenario/asuetos-en-guatemala-habra-descanso-el-15-de-septiembre-de-2025/', () => {
    expect(dates('gt', 2025)).toEqual(['2025-01-01', '2025-04-17', '2025-04-18', '2025-05-01', '2025-06-30', '2025-09-15', '2025-10-20', '2025-12-25']);
  });
  it('Guatemala moves June 30 to a Monday (Decreto 19-2018): 2022-07-04, 2023-07-03, 2024-07-01 (Mintrab, as reported)', () => {
    // https://guatevision.com/nacionales/dia-del-ejercitohabra-fin-de-semana-largo-por-el-asueto-del-30-de-junio-en-guatemala,
    // https://www.leydenegocios.com/post/feriados-asuetos-2023, https://prensalibre-com-develop.go-vip.co/guatemala/comunitario/se-corre-el-asueto-del-20-de-octubre-en-guatemala
    expect(dates('gt', 2022)).toContain('2022-07-04');
    expect(dates('gt', 2023)).toEqual(['2023-04-06', '2023-04-07', '2023-05-01', '2023-07-03', '2023-09-15', '2023-10-20', '2023-11-01', '2023-12-25']);
    expect(dates('gt', 2024)).toEqual(['2024-01-01', '2024-03-28', '2024-03-29', '2024-05-01', '2024-07-01', '2024-11-01', '2024-12-25']);
    expect(dates('gt', 2024)).not.toContain('2024-10-21'); // October 20 no longer moves (CC ruling of 2020-04-16)
  });

  it('Honduras 2025: Semana Morazánica October 1-3 (Decreto 78-2015) and the public administration closure of September 29-30 as executive closures', () => {
    // https://www.laprensa.hn/honduras/feriado-morazanico-2025-dias-descanso-empleados-publicos-gobierno-honduras-OH27319601
    expect(dates('hn', 2025)).toEqual([
      '2025-01-01', '2025-04-14', '2025-04-17', '2025-04-18', '2025-05-01', '2025-09-15', '2025-09-29', '2025-09-30',
      '2025-10-01', '2025-10-02', '2025-10-03', '2025-12-25',
    ]);
    expect(kinds('hn', 2025)['2025-09-29']).toBe('executive-closure');
    expect(kinds('hn', 2025)['2025-10-01']).toBe('holiday');
  });
  it('Honduras groups the October holidays on the first Wednesday-Friday of October: 2023-10-04..06, 2024-10-02..04', () => {
    // https://www.enlaplaza.hn/portada/cuando-sera-el-feriado-morazanico-en-honduras (2023)
    expect(dates('hn', 2023).filter((d) => d.startsWith('2023-10'))).toEqual(['2023-10-04', '2023-10-05', '2023-10-06']);
    expect(dates('hn', 2024).filter((d) => d.startsWith('2024-10'))).toEqual(['2024-10-02', '2024-10-03', '2024-10-04']);
  });

  it('El Salvador 2025: Código de Trabajo art. 190 asuetos plus the public employees’ August and year-end vacations', () => {
    // art. 190: https://elindependiente.sv/?p=1665; vacations: Ley de Asuetos, Vacaciones y Licencias de los Empleados
    // Públicos, as quoted at https://www.laprensagrafica.com/elsalvador/Estos-son-los-asuetos-que-los-salvadorenos-tendran-en-2019-y-cuanto-falta-para-que-lleguen-20190114-0200.html
    expect(dates('sv', 2025)).toEqual([
      '2025-01-01', '2025-01-02', '2025-04-17', '2025-04-18', '2025-05-01', '2025-06-17', '2025-08-01', '2025-08-04',
      '2025-08-05', '2025-08-06', '2025-09-15', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-29', '2025-12-30', '2025-12-31',
    ]);
    expect(dates('sv', 2024)).toContain('2024-05-10'); // Día de la Madre (art. 190, a Friday)
    expect(dates('sv', 2022)).toContain('2022-09-16'); // legislative decree of 2022-09-14
  });
});

describe('other national calendars against published lists', () => {
  it('Canada 2024 = the closure list of Library and Archives Canada (verified; Civic Holiday as an executive closure)', () => {
    // https://bibliotheque-archives.canada.ca/fra/services/public/visitez-nous/Pages/jours-feries.aspx
    expect(dates('ca', 2024)).toEqual([
      '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-20', '2024-07-01', '2024-08-05', '2024-09-02', '2024-09-30',
      '2024-10-14', '2024-11-11', '2024-12-25', '2024-12-26',
    ]);
    expect(kinds('ca', 2024)['2024-08-05']).toBe('executive-closure');
    expect(cal('ca').verified).toBe(true);
  });

  it('Ecuador 2025 = the Ministry of Tourism calendar as reported at https://www.elcomercio.com/actualidad/ecuador/cuantos-feriados-habra-en-ecuador-en-2025-son-recuperables.html', () => {
    expect(dates('ec', 2025)).toEqual([
      '2025-01-01', '2025-01-02', '2025-01-03', '2025-03-03', '2025-03-04', '2025-04-18', '2025-05-02', '2025-05-23',
      '2025-08-11', '2025-10-10', '2025-11-03', '2025-11-04', '2025-12-25',
    ]);
  });
  it('Ecuador 2024 moves May 1 to Friday May 3 and November 2-3 to November 1 and 4 (https://www.eldiario.ec/lamarea/dia-de-los-difuntos-cuando-inicia-el-feriado/)', () => {
    const ec = dates('ec', 2024);
    expect(ec).toEqual(expect.arrayContaining(['2024-05-03', '2024-11-01', '2024-11-04']));
    expect(ec).not.toContain('2024-03-28'); // Holy Thursday is not a holiday
  });

  it('Brazil 2025 = full-day holidays and pontos facultativos of Portaria MGI nº 9.783/2024 (as reproduced at https://acheconcursos.com.br/noticias/feriados-2025-governo-divulga-lista-oficial-das-datas-77466)', () => {
    expect(dates('br', 2025)).toEqual([
      '2025-01-01', '2025-03-03', '2025-03-04', '2025-04-18', '2025-04-21', '2025-05-01', '2025-06-19', '2025-06-20',
      '2025-10-27', '2025-11-20', '2025-12-25',
    ]);
  });

  it('Argentina 2025 = feriados and días no laborables (Ley 27.399, Decreto 1027/2024, Decreto 614/2025) as reported at https://diariolacalle.com.ar/nota/2801/oficializan-el-calendario-de-feriados-y-dias-no-laborables-del-2025/', () => {
    expect(dates('ar', 2025)).toEqual([
      '2025-01-01', '2025-03-03', '2025-03-04', '2025-03-24', '2025-04-02', '2025-04-17', '2025-04-18', '2025-05-01',
      '2025-05-02', '2025-06-16', '2025-06-20', '2025-07-09', '2025-08-15', '2025-10-10', '2025-11-21', '2025-11-24',
      '2025-12-08', '2025-12-25',
    ]);
  });

  it('Peru 2025 = feriados plus the public-sector días no laborables of D.S. 042-2025-PCM (May 2, December 26)', () => {
    expect(dates('pe', 2025)).toEqual([
      '2025-01-01', '2025-04-17', '2025-04-18', '2025-05-01', '2025-05-02', '2025-07-23', '2025-07-28', '2025-07-29',
      '2025-08-06', '2025-10-08', '2025-12-08', '2025-12-09', '2025-12-25', '2025-12-26',
    ]);
  });

  it('Costa Rica 2025 = the MTSS holidays as reported at https://www.elfinancierocr.com/economia-y-politica/cuantos-feriados-le-quedan-al-ano-este-es-el-fin/KSZAC2LPHJGXHCA46FCHYPQWNU/story/ (December 1 added by Ley 9803)', () => {
    expect(dates('cr', 2025)).toEqual([
      '2025-01-01', '2025-04-11', '2025-04-17', '2025-04-18', '2025-05-01', '2025-07-25', '2025-08-15', '2025-09-15',
      '2025-12-01', '2025-12-25',
    ]);
    expect(dates('cr', 2023)).toEqual(expect.arrayContaining(['2023-07-24', '2023-08-14', '2023-12-01']));
    expect(dates('cr', 2022)).not.toContain('2022-10-12'); // October 12 is no longer a holiday (Ley 9803)
  });

  it('Colombia 2025 = the festivos as listed at https://www.infobae.com/colombia/2025/09/30/festivos-en-colombia-2025-en-octubre-cuando-sera-el-proximo-puente-y-como-queda-el-calendario/', () => {
    expect(dates('co', 2025)).toEqual([
      '2025-01-01', '2025-01-06', '2025-03-24', '2025-04-17', '2025-04-18', '2025-05-01', '2025-06-02', '2025-06-23',
      '2025-06-30', '2025-08-07', '2025-08-18', '2025-10-13', '2025-11-03', '2025-11-17', '2025-12-08', '2025-12-25',
    ]);
  });

  it('Chile 2025 = the feriados as listed at https://www.elciudadano.com/?p=1116900 and https://www.elmostrador.cl/datos-utiles/2025/10/11/cuantos-dias-feriados-quedan-en-chile-revisa-si-hay-dias-libres-de-octubre/', () => {
    expect(dates('cl', 2025)).toEqual([
      '2025-01-01', '2025-04-18', '2025-05-01', '2025-05-21', '2025-06-20', '2025-07-16', '2025-08-15', '2025-09-18',
      '2025-09-19', '2025-10-31', '2025-12-08', '2025-12-25',
    ]);
  });

  it('Dominican Republic 2025 = the Ministerio de Trabajo list (Ley 139-97 moves) as reported at https://deultimominuto.net/trabajo-informa-dias-feriados-del-2025-dos-fechas-seran-cambiadas-y-el-resto-inamovible', () => {
    expect(dates('do', 2025)).toEqual([
      '2025-01-01', '2025-01-06', '2025-01-21', '2025-02-27', '2025-04-18', '2025-05-05', '2025-06-19', '2025-09-24',
      '2025-11-10', '2025-12-25',
    ]);
  });

  it('Panama closes public offices on Carnival Monday and Ash Wednesday 2026 by Decreto Ejecutivo 3 (executive closures)', () => {
    // https://www.laestrella.com.pa/panama/nacional/decreto-ejecutivo-ordena-cierre-de-entidades-publicas-por-carnaval-2026-LM19041846
    const k = kinds('pa', 2026);
    expect(k['2026-02-16']).toBe('executive-closure');
    expect(k['2026-02-17']).toBe('holiday');
    expect(k['2026-02-18']).toBe('executive-closure');
  });
});
