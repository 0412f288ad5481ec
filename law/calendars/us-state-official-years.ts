// Full years of state closures taken verbatim from government lists, for states whose days are set year by
// year (Georgia's Governor designates them; Indiana's Governor places Washington's Birthday). Used by
// us-state-overrides.ts; weekend dates in a list are ignored by the calendar.
import type { OfficialYear } from './library';

export const GA_2025 = 'https://georgia.gov/georgia-state-holidays-2025';
const GA_2024 = "georgia.gov 'State of Georgia Holiday Schedule' page, 2024 (as stored at https://stage.team.georgia.gov/devel/load-with-references/node/296)";

export const GEORGIA_LISTS: Record<number, OfficialYear> = {
  2024: {
    source: GA_2024,
    days: [
      { date: '2024-01-01', name: "New Year's Day" },
      { date: '2024-01-15', name: "Martin Luther King, Jr.'s Birthday" },
      { date: '2024-03-29', name: 'State Holiday' },
      { date: '2024-05-27', name: 'Memorial Day' },
      { date: '2024-06-19', name: 'Juneteenth' },
      { date: '2024-07-04', name: 'Independence Day' },
      { date: '2024-09-02', name: 'Labor Day' },
      { date: '2024-10-14', name: 'Columbus Day' },
      { date: '2024-11-11', name: 'Veterans Day' },
      { date: '2024-11-28', name: 'Thanksgiving Day' },
      { date: '2024-11-29', name: 'State Holiday' },
      { date: '2024-12-24', name: "Washington's Birthday (observed)" },
      { date: '2024-12-25', name: 'Christmas Day' },
    ],
  },
  2025: {
    source: GA_2025,
    days: [
      { date: '2025-01-01', name: "New Year's Day" },
      { date: '2025-01-20', name: "Martin Luther King, Jr.'s Birthday" },
      { date: '2025-04-18', name: 'State Holiday (Good Friday)' },
      { date: '2025-05-26', name: 'Memorial Day' },
      { date: '2025-06-19', name: 'Juneteenth' },
      { date: '2025-07-04', name: 'Independence Day' },
      { date: '2025-09-01', name: 'Labor Day' },
      { date: '2025-10-13', name: 'Columbus Day' },
      { date: '2025-11-11', name: 'Veterans Day' },
      { date: '2025-11-27', name: 'Thanksgiving Day' },
      { date: '2025-11-28', name: 'State Holiday' },
      { date: '2025-12-25', name: 'Christmas Day' },
      { date: '2025-12-26', name: "Washington's Birthday (observed)" },
    ],
  },
};

export const INDIANA_LISTS: Record<number, OfficialYear> = {
  2014: {
    source: 'Indiana State Personnel Department, 2014 state holidays (http://www.state.in.us/spd/2555.htm)',
    days: [
      { date: '2014-01-01', name: "New Year's Day" }, { date: '2014-01-20', name: 'Martin Luther King, Jr. Day' },
      { date: '2014-04-18', name: 'Good Friday' }, { date: '2014-05-06', name: 'Primary Election Day' },
      { date: '2014-05-26', name: 'Memorial Day' }, { date: '2014-07-04', name: 'Independence Day' },
      { date: '2014-09-01', name: 'Labor Day' }, { date: '2014-10-13', name: 'Columbus Day' },
      { date: '2014-11-04', name: 'General Election Day' }, { date: '2014-11-11', name: "Veteran's Day" },
      { date: '2014-11-27', name: 'Thanksgiving Day' }, { date: '2014-11-28', name: "Lincoln's Birthday" },
      { date: '2014-12-25', name: 'Christmas Day' }, { date: '2014-12-26', name: "Washington's Birthday" },
    ],
  },
  2015: {
    source: 'Indiana State Personnel Department, 2015 state holidays (http://in.gov/spd/2555.htm)',
    days: [
      { date: '2015-01-01', name: "New Year's Day" }, { date: '2015-01-19', name: 'Martin Luther King, Jr. Day' },
      { date: '2015-04-03', name: 'Good Friday' }, { date: '2015-05-05', name: 'Primary Election Day' },
      { date: '2015-05-25', name: 'Memorial Day' }, { date: '2015-07-03', name: 'Independence Day' },
      { date: '2015-09-07', name: 'Labor Day' }, { date: '2015-10-12', name: 'Columbus Day' },
      { date: '2015-11-03', name: 'General Election Day' }, { date: '2015-11-11', name: 'Veterans Day' },
      { date: '2015-11-26', name: 'Thanksgiving Day' }, { date: '2015-11-27', name: "Lincoln's Birthday" },
      { date: '2015-12-24', name: "Washington's Birthday" }, { date: '2015-12-25', name: 'Christmas Day' },
    ],
  },
  2019: {
    source: 'Indiana State Personnel Department, 2019 state holidays (https://webharvest.gov/congress115th/20190108210055im_/https://www.in.gov/spd/2555.htm)',
    days: [
      { date: '2019-01-01', name: "New Year's Day" }, { date: '2019-01-21', name: 'Martin Luther King, Jr. Day' },
      { date: '2019-04-19', name: 'Good Friday' }, { date: '2019-05-07', name: 'Primary Election Day' },
      { date: '2019-05-27', name: 'Memorial Day' }, { date: '2019-07-04', name: 'Independence Day' },
      { date: '2019-09-02', name: 'Labor Day' }, { date: '2019-10-14', name: 'Columbus Day' },
      { date: '2019-11-05', name: 'General Election Day' }, { date: '2019-11-11', name: 'Veterans Day' },
      { date: '2019-11-28', name: 'Thanksgiving Day' }, { date: '2019-11-29', name: "Lincoln's Birthday" },
      { date: '2019-12-24', name: "Washington's Birthday" }, { date: '2019-12-25', name: 'Christmas Day' },
    ],
  },
};

export const ALABAMA_LISTS: Record<number, OfficialYear> = {
  2023: {
    source: 'Alabama state holiday schedule 2023 (https://inform.alabama.gov/calendar.aspx); Mardi Gras (Baldwin and Mobile counties only) left out',
    days: [
      { date: '2023-01-02', name: "New Year's Day" }, { date: '2023-01-16', name: 'Robert E. Lee/Martin Luther King Birthday' },
      { date: '2023-02-20', name: 'George Washington/Thomas Jefferson Birthday' }, { date: '2023-04-24', name: 'Confederate Memorial Day' },
      { date: '2023-05-29', name: 'Memorial Day' }, { date: '2023-06-05', name: "Jefferson Davis' Birthday" },
      { date: '2023-06-19', name: 'State Holiday' }, { date: '2023-07-04', name: 'Independence Day' },
      { date: '2023-09-04', name: 'Labor Day' }, { date: '2023-10-09', name: 'Columbus Day' },
      { date: '2023-11-10', name: 'Veterans Day' }, { date: '2023-11-23', name: 'Thanksgiving' },
      { date: '2023-11-24', name: 'State Holiday' }, { date: '2023-12-25', name: 'Christmas' },
    ],
  },
};

export const OKLAHOMA_LISTS: Record<number, OfficialYear> = {
  2015: {
    source: 'Executive Order 2014-19A, OAC 1:2014-19A (https://regulations.justia.com/states/oklahoma/title-1/section-1-2014-19a/)',
    days: [
      { date: '2015-01-01', name: "New Year's Day" }, { date: '2015-01-19', name: 'Martin Luther King, Jr. Day' },
      { date: '2015-02-16', name: "Presidents' Day" }, { date: '2015-05-25', name: 'Memorial Day' },
      { date: '2015-07-03', name: 'Independence Day' }, { date: '2015-09-07', name: 'Labor Day' },
      { date: '2015-11-11', name: "Veterans' Day" }, { date: '2015-11-26', name: 'Thanksgiving' },
      { date: '2015-11-27', name: 'Thanksgiving' }, { date: '2015-12-24', name: 'Christmas' }, { date: '2015-12-25', name: 'Christmas' },
    ],
  },
};
