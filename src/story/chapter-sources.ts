import type { ChapterId } from './types.js';
import { SOURCES } from './sources.js';

/**
 * Each chapter's own source list: every source its figures cite (in either language) plus any
 * source behind an unnumbered claim in its prose. The `sources` chapter lists every source.
 * Order is the order a reader meets them; the unit tests check the lists against the figures.
 */
export const CHAPTER_SOURCES: Record<ChapterId, string[]> = {
  intro: [
    'reuters-2017-12-21', 'dw-2017-12-21', 'segye-2017-12-21', 'cnn-2017-12-21', 'koreaherald-2017-12-21',
    // Oh Chong-song's run at Panmunjom, named in passing.
    'yonhap-2017-11-22',
    // "a year of North Korean missile and nuclear tests, and of large US–South Korean drills"
    'csis-2017-07-04', 'csis-2017-09-03', 'yonhap-2017-11-29', 'reuters-2017-12-04',
  ],
  'the-line': [
    'koreatimes-2022-12', 'bbc-2023-dmz', 'armistice-1953', 'wikipedia-mdl', 'mndtv-2018-05-02', 'asiae-2023-11-29',
    // The Han River estuary has no MDL.
    'koreaherald-2018-11-05', 'mnd-whitepaper-2018',
    'kbs-2018-07-25', 'koreaherald-2018-08-21', 'koreatimes-2016-09', 'ap-2018-landmines',
  ],
  'fog-crossing': [
    'segye-2017-12-21', 'reuters-2017-12-21', 'cnn-2017-12-21', 'koreaherald-2017-12-21', 'isplus-2017-12-22',
    'tvchosun-2017-12-21', 'dw-2017-12-21', 'ytn-2017-12-21',
  ],
  'jsa-shooting': [
    'yonhap-2017-11-22', 'abc-2017-11-22', 'hankyoreh-2017-11', 'yonhap-2017-11-26', 'mnd-2017-11',
    // "the only stretch of the DMZ where the two sides' guards stand face to face"
    'wikipedia-jsa',
    'wapo-2017-11-24', 'ap-2017-11-24', 'koreatimes-2022-12', 'newdaily-2017-11', 'stripes-2017-11',
    'forcesnews-2017-11', 'koreabiomed-2017-11-15',
  ],
  defections: [
    'koreaherald-2018-01-08', 'yonhap-2018-09-30', 'nknews-2017-07', 'ytn-2017-12-21', 'dw-2017-12-21',
    'cnn-2017-12-21', 'jkdaily-2015-06-16', 'donga-2016-09-29', 'koreaherald-2017-12-21', 'bloomberg-2017-12-21',
    // Chart and table data (data.ts) beyond the figures quoted in the text.
    'mou-arrivals', 'yonhap-2012-10-28', 'nknews-2019-01', 'yonhap-2017-06-13', 'donga-2017-06-24', 'jtbc-2017-06',
    'afp-2017-06-24', 'yonhap-2017-11-22', 'segye-2017-12-21', 'isplus-2017-12-22',
  ],
  buildup: [
    'segye-2017-01-11', 'voakorea-2017-01-11', 'nocutnews-rok-troops', 'arirang-2018-07', 'koreaherald-2018-04-14',
    'usatoday-2018-06-05', 'reuters-2017-05-artillery', 'ap-2022-artillery', 'yonhap-2016-artillery', 'koreaherald-2013-06-30',
    'csis-2017-07-04', 'janes-2017-07-28', 'wikipedia-2017-missile-tests', 'csis-2017-09-03', 'yonhap-2017-11-29',
    'insidedefense-2017-08', 'yonhap-2017-08-21', 'reuters-2017-12-04', 'ap-2017-12-04', 'ibtimes-2017-09-07',
    'kbsworld-2017-09', 'reuters-2016-01-08', 'upi-2016-01-07', 'yonhap-2017-11-26',
  ],
  // Every source, in the order sources.ts lists them (news first, map data and fonts last).
  sources: Object.keys(SOURCES),
};
