import type { StoryText } from '../types.js';

/**
 * The story in English. Plain text only. Every numeral in a chapter must appear in one of its
 * figures, and the figures must match ko.ts one for one (same order, same numbers): the unit
 * tests enforce both. Facts come from /work/shared/facts.md; hedges there are kept here.
 */
export const en: StoryText = {
  intro: {
    kicker: 'The Korean Demilitarized Zone',
    heading: 'Through the fog: the line that divides Korea',
    body: [
      'A young North Korean soldier crossed the Demilitarized Zone in thick fog and defected to the South. This explainer follows the line he crossed, and shows how rarely anyone crosses it.',
      'South Korean troops detected him at about 8:04 a.m. on 21 December 2017, when he appeared out of the fog in front of a South Korean guard post. No shots were fired while he crossed.',
      'He was the fourth North Korean soldier to defect across the border in 2017. He crossed weeks after North Korean guards shot another soldier, Oh Chong-song, as he ran across the line at Panmunjom on 13 November.',
      'His crossing also closed a year of North Korean missile and nuclear tests, and of large US–South Korean military drills.',
    ],
    mapDescription:
      'The map shows the whole Korean Peninsula, with the Demilitarized Zone as a narrow band across its waist.',
    figures: [
      { text: 'about 8:04 a.m.', label: 'Time South Korean troops detected the soldier (Korean time)',
        sources: ['reuters-2017-12-21', 'dw-2017-12-21', 'segye-2017-12-21'], approximate: true },
      { text: '21 December 2017', label: 'Date of the fog crossing', sources: ['reuters-2017-12-21', 'cnn-2017-12-21', 'segye-2017-12-21'] },
      { text: 'fourth', label: 'North Korean soldiers who defected across the border in 2017, counting this one',
        sources: ['cnn-2017-12-21', 'koreaherald-2017-12-21'] },
      { text: '13 November', label: 'Date of the shooting at Panmunjom (2017)', sources: ['cnn-2017-12-21', 'reuters-2017-12-21'] },
    ],
  },

  'the-line': {
    kicker: 'What the DMZ is',
    heading: 'A line of markers, not a fence',
    body: [
      'The fighting in the Korean War stopped with an armistice signed at Panmunjom on 27 July 1953 by the UN Command, North Korea’s army and the Chinese People’s Volunteers. No peace treaty has followed.',
      'The armistice drew a Military Demarcation Line (MDL) and had each side pull back 2 km from it, leaving a Demilitarized Zone about 4 km wide. The MDL itself is not a fence but a chain of 1,292 markers, placed roughly every 200 m. The fences people picture stand on the DMZ’s northern and southern boundaries and further south.',
      'The line runs about 250 km (155 miles) across the peninsula; published figures range from about 240 to 250 km. At its western end, in the Han River estuary, there is no MDL at all: the armistice opened those waters to civilian shipping from both sides, but in practice they have been off limits since 1953.',
      'Both sides keep guard posts inside the zone. Counts reported in 2018 put them at about 160 on the North Korean side and about 60 on the South Korean side. Nobody has an official count of the landmines; published estimates run from about 1 million to 2 million in and near the DMZ.',
    ],
    mapDescription:
      'The camera travels west to east along the Demilitarized Zone, from the Han River estuary past Panmunjom and Cheorwon to Goseong on the east coast, tracing the Military Demarcation Line and the zone’s northern and southern boundaries.',
    figures: [
      { text: '27 July 1953', label: 'Armistice signed at Panmunjom', sources: ['koreatimes-2022-12', 'bbc-2023-dmz', 'armistice-1953'] },
      { text: '2 km', label: 'Distance each side pulled back from the MDL', sources: ['armistice-1953', 'bbc-2023-dmz'] },
      { text: 'about 4 km', label: 'Width of the DMZ', sources: ['bbc-2023-dmz', 'armistice-1953'], approximate: true },
      { text: '1,292 markers', label: 'Markers along the MDL', sources: ['mndtv-2018-05-02', 'wikipedia-mdl', 'asiae-2023-11-29'] },
      { text: 'roughly every 200 m', label: 'Spacing of the MDL markers', sources: ['mndtv-2018-05-02', 'wikipedia-mdl', 'asiae-2023-11-29'],
        approximate: true },
      { text: 'about 250 km (155 miles)', label: 'Length of the MDL (approximate; sources differ)', sources: ['wikipedia-mdl', 'mndtv-2018-05-02'],
        approximate: true },
      { text: 'from about 240 to 250 km', label: 'Range of published MDL lengths', sources: ['wikipedia-mdl', 'asiae-2023-11-29', 'mndtv-2018-05-02'],
        approximate: true },
      { text: '2018', label: 'Year of the guard-post counts', sources: ['kbs-2018-07-25', 'koreaherald-2018-08-21'] },
      { text: 'about 160', label: 'North Korean guard posts inside the DMZ (2018 count)', sources: ['kbs-2018-07-25', 'koreaherald-2018-08-21'],
        approximate: true },
      { text: 'about 60', label: 'South Korean guard posts inside the DMZ (2018 count)', sources: ['kbs-2018-07-25', 'koreaherald-2018-08-21'],
        approximate: true },
      { text: 'about 1 million to 2 million', label: 'Landmines in and near the DMZ (estimates conflict; no official count)',
        sources: ['koreatimes-2016-09', 'ap-2018-landmines'], approximate: true },
    ],
  },

  'fog-crossing': {
    kicker: '21 December 2017',
    heading: 'Out of the fog',
    body: [
      'The soldier was a low-ranking enlisted man of about 19, armed with an AK-type rifle. That morning thick fog had cut visibility to under about 100 m, but guard-post sentries and surveillance equipment picked him out at about 8:04 a.m. as he approached a South Korean guard post inside the DMZ.',
      'South Korea’s Joint Chiefs of Staff placed the post only on the “mid-western front”. Korean outlets named Yeoncheon County in Gyeonggi Province, but the exact spot was not published, so the map shows an approximate area.',
      'At 9:24 a.m. South Korean troops saw North Korean soldiers searching for him approach the MDL. After warning broadcasts, at about 9:30 they fired 20 warning rounds from a K-3 machine gun, and the searchers turned back.',
      'Two bursts of gunfire were then heard from the North, at 10:13 and 10:16. No rounds were found on the southern side and no South Korean troops were hurt. No shots were fired while the soldier crossed.',
    ],
    mapDescription:
      'The map zooms to the mid-western front and shades an approximate area around Yeoncheon: the exact crossing point was not published.',
    figures: [
      { text: '21 December 2017', label: 'Date of the fog crossing', sources: ['segye-2017-12-21', 'reuters-2017-12-21', 'cnn-2017-12-21'] },
      { text: 'about 19', label: 'Age of the soldier', sources: ['koreaherald-2017-12-21', 'segye-2017-12-21', 'isplus-2017-12-22'], approximate: true },
      { text: 'under about 100 m', label: 'Visibility in the fog', sources: ['tvchosun-2017-12-21', 'isplus-2017-12-22'], approximate: true },
      { text: 'about 8:04 a.m.', label: 'Time the soldier was detected (Korean time)', sources: ['segye-2017-12-21', 'reuters-2017-12-21', 'dw-2017-12-21'],
        approximate: true },
      { text: '9:24 a.m.', label: 'North Korean searchers seen nearing the MDL', sources: ['segye-2017-12-21', 'isplus-2017-12-22', 'ytn-2017-12-21'] },
      { text: 'about 9:30', label: 'South Korean warning fire', sources: ['segye-2017-12-21', 'cnn-2017-12-21', 'ytn-2017-12-21'], approximate: true },
      { text: '20 warning rounds', label: 'Warning rounds fired by South Korean troops', sources: ['segye-2017-12-21', 'ytn-2017-12-21', 'cnn-2017-12-21'] },
      { text: 'K-3', label: 'Weapon designation (South Korean machine gun)', sources: ['segye-2017-12-21', 'ytn-2017-12-21', 'isplus-2017-12-22'] },
      { text: '10:13 and 10:16', label: 'Bursts of gunfire heard from the North', sources: ['segye-2017-12-21', 'cnn-2017-12-21', 'tvchosun-2017-12-21'] },
    ],
  },

  'jsa-shooting': {
    kicker: '13 November 2017',
    heading: 'A dash across the line at Panmunjom',
    body: [
      'On 13 November 2017 Oh Chong-song, a 24-year-old North Korean soldier, drove a military jeep over the 72-Hour Bridge into the Joint Security Area at Panmunjom, the only stretch of the DMZ where the two sides’ guards stand face to face. About 10 m short of the MDL its wheels dropped into a ditch, and he ran south on foot.',
      'Four North Korean guards fired about 40 rounds at him. He was hit five times, according to the South Korean military; some early reports gave a higher count. One pursuer crossed the MDL for a few seconds before running back. The UN Command said the firing across the line and the crossing both violated the armistice.',
      'He collapsed by a low wall roughly 50 m south of the line, and South Korean soldiers crawled out to drag him to safety. A US Army helicopter flew him about 80 km to Ajou University Hospital in Suwon, where trauma surgeon Lee Cook-jong operated on him twice. Doctors removed dozens of roundworms.',
    ],
    mapDescription:
      'The map zooms to the Joint Security Area at Panmunjom and draws Oh Chong-song’s run south across the Military Demarcation Line, roughly 60 metres from the ditch where his jeep stuck to the wall where he fell. The route is approximate.',
    figures: [
      { text: '13 November 2017', label: 'Date of the shooting at Panmunjom', sources: ['yonhap-2017-11-22', 'abc-2017-11-22', 'hankyoreh-2017-11'] },
      { text: '24-year-old', label: 'Age of Oh Chong-song', sources: ['abc-2017-11-22', 'yonhap-2017-11-26'] },
      { text: '72-Hour Bridge', label: 'Name of North Korea’s access bridge into the JSA', sources: ['hankyoreh-2017-11', 'yonhap-2017-11-22'] },
      { text: 'About 10 m', label: 'Distance north of the MDL where the jeep stuck', sources: ['hankyoreh-2017-11', 'yonhap-2017-11-22', 'mnd-2017-11'],
        approximate: true },
      { text: 'Four North Korean guards', label: 'North Korean guards who fired', sources: ['yonhap-2017-11-22', 'wapo-2017-11-24', 'ap-2017-11-24'] },
      { text: 'about 40 rounds', label: 'Rounds fired at Oh', sources: ['ap-2017-11-24', 'koreatimes-2022-12'], approximate: true },
      { text: 'five times', label: 'Times Oh was hit (military count; early reports gave more)',
        sources: ['yonhap-2017-11-22', 'abc-2017-11-22', 'ap-2017-11-24'], approximate: true },
      { text: 'roughly 50 m', label: 'Distance south of the MDL where Oh collapsed', sources: ['newdaily-2017-11', 'stripes-2017-11', 'wapo-2017-11-24'],
        approximate: true },
      { text: 'about 80 km', label: 'Helicopter flight to Ajou University Hospital, Suwon', sources: ['forcesnews-2017-11', 'koreabiomed-2017-11-15'],
        approximate: true },
      { text: 'roughly 60 metres', label: 'Length of Oh’s run on foot (derived: about 10 m north plus roughly 50 m south of the MDL)',
        sources: ['hankyoreh-2017-11', 'yonhap-2017-11-22', 'mnd-2017-11', 'newdaily-2017-11', 'stripes-2017-11', 'wapo-2017-11-24'], approximate: true },
    ],
  },

  defections: {
    kicker: 'The numbers',
    heading: 'Fewer arrivals, rarer crossings',
    body: [
      'South Korea’s Ministry of Unification counted 1,127 North Koreans arriving in the South in 2017, down 21% from 1,418 in 2016 and the lowest number since 2001. The chart shows arrivals each year from the peak of 2,914 in 2009.',
      'The fall was already visible in the first half of the year: 593 arrivals, against 749 a year earlier, a drop of 20.8%. The ministry counts people who arrived, not attempts to leave.',
      'Very few come straight across the border. By 21 December, 15 North Koreans in 9 separate cases had reached the South in 2017 directly across the DMZ or by sea.',
      'Soldiers who cross the DMZ are rarer still. CNN counted 2 in 2012, 1 in 2015 and 1 in 2016, then 4 in 2017, the most since at least 2000, according to Bloomberg.',
    ],
    mapDescription:
      'The map marks the approximate places where soldiers crossed in 2015, 2016 and 2017: Hwacheon, Yeoncheon, Cheorwon and the Joint Security Area at Panmunjom.',
    figures: [
      { text: '1,127', label: 'North Koreans arriving in the South, 2017', sources: ['koreaherald-2018-01-08', 'yonhap-2018-09-30'] },
      { text: '21%', label: 'Fall in arrivals, 2017 against 2016', sources: ['koreaherald-2018-01-08'] },
      { text: '1,418 in 2016', label: 'North Koreans arriving in the South, 2016', sources: ['yonhap-2018-09-30', 'koreaherald-2018-01-08'] },
      { text: 'since 2001', label: 'Lowest annual arrivals since', sources: ['koreaherald-2018-01-08'] },
      { text: '2,914 in 2009', label: 'Peak year of arrivals', sources: ['koreaherald-2018-01-08', 'yonhap-2018-09-30'] },
      { text: '593', label: 'Arrivals in the first half of 2017', sources: ['nknews-2017-07'] },
      { text: '749', label: 'Arrivals in the first half of 2016', sources: ['nknews-2017-07'] },
      { text: '20.8%', label: 'Fall in first-half arrivals, 2017 against 2016', sources: ['nknews-2017-07'] },
      { text: '21 December', label: 'Date of the count of direct defections (2017)', sources: ['ytn-2017-12-21', 'dw-2017-12-21'] },
      { text: '15 North Koreans in 9 separate cases', label: 'Direct defections across the DMZ or by sea, 2017',
        sources: ['ytn-2017-12-21', 'dw-2017-12-21'] },
      { text: '2 in 2012', label: 'North Korean soldiers who defected across the border, 2012', sources: ['cnn-2017-12-21'] },
      { text: '1 in 2015', label: 'North Korean soldiers who defected across the border, 2015', sources: ['cnn-2017-12-21', 'jkdaily-2015-06-16'] },
      { text: '1 in 2016', label: 'North Korean soldiers who defected across the border, 2016', sources: ['cnn-2017-12-21', 'donga-2016-09-29'] },
      { text: '4 in 2017', label: 'North Korean soldiers who defected across the border, 2017',
        sources: ['cnn-2017-12-21', 'koreaherald-2017-12-21', 'bloomberg-2017-12-21'] },
      { text: 'since at least 2000', label: 'The 2017 soldier count was the highest since', sources: ['bloomberg-2017-12-21'] },
    ],
  },

  buildup: {
    kicker: 'The build-up',
    heading: 'Armies, artillery and a year of tests',
    body: [
      'North Korea has about 1.28 million active troops, according to South Korea’s 2016 Defense White Paper. South Korea has about 620,000–630,000, and about 28,500 US troops are based in the South. Seoul lies about 40–50 km from the border; estimates of the North’s multiple rocket launchers and long-range guns near the DMZ range from about 500 to more than 600.',
      'In 2017 North Korea tested the Hwasong-14 intercontinental ballistic missile on 4 July and 28 July. On 3 September it carried out its sixth nuclear test and called the device a hydrogen bomb; that claim is unverified, and estimates of its yield vary widely. On 29 November it tested the Hwasong-15 and declared its “state nuclear force” complete.',
      'The allies drilled on a large scale. Ulchi Freedom Guardian, from 21 to 31 August, involved about 17,500 US and about 50,000 South Korean personnel; Vigilant Ace, from 4 to 8 December, involved more than 230 aircraft. The THAAD missile-defence battery at Seongju, far south of the DMZ, reached six launchers on 7 September.',
      'On the border itself, South Korea had restarted propaganda loudspeaker broadcasts on 8 January 2016, after the North’s fourth nuclear test. In November 2017 they carried news of Oh Chong-song’s escape.',
    ],
    mapDescription:
      'The map pulls back to the whole peninsula, marking Seoul about 40–50 km from the border and the THAAD site at Seongju far to the south. It shows no unit positions.',
    figures: [
      { text: 'about 1.28 million', label: 'North Korean active troops', sources: ['segye-2017-01-11', 'voakorea-2017-01-11'], approximate: true },
      { text: '2016 Defense White Paper', label: 'Source of the North Korean troop estimate (published January 2017)',
        sources: ['segye-2017-01-11', 'voakorea-2017-01-11'] },
      { text: 'about 620,000–630,000', label: 'South Korean troops (no exact 2017 figure published)', sources: ['nocutnews-rok-troops', 'arirang-2018-07'],
        approximate: true },
      { text: 'about 28,500', label: 'US troops in South Korea (official level)', sources: ['koreaherald-2018-04-14', 'usatoday-2018-06-05'],
        approximate: true },
      { text: 'about 40–50 km', label: 'Distance from Seoul to the border (depends on reference point)',
        sources: ['reuters-2017-05-artillery', 'ap-2022-artillery'], approximate: true },
      { text: 'from about 500 to more than 600', label: 'North Korean rocket launchers and long-range guns near the DMZ (estimates)',
        sources: ['reuters-2017-05-artillery', 'yonhap-2016-artillery', 'koreaherald-2013-06-30'], approximate: true },
      { text: 'Hwasong-14', label: 'Weapon designation (North Korean ICBM)', sources: ['csis-2017-07-04', 'janes-2017-07-28'] },
      { text: '4 July', label: 'First Hwasong-14 test (2017)', sources: ['csis-2017-07-04'] },
      { text: '28 July', label: 'Second Hwasong-14 test (2017)', sources: ['janes-2017-07-28', 'wikipedia-2017-missile-tests'] },
      { text: '3 September', label: 'Sixth nuclear test (2017)', sources: ['csis-2017-09-03'] },
      { text: 'sixth nuclear test', label: 'North Korea’s nuclear tests to date (yield and type disputed)', sources: ['csis-2017-09-03'] },
      { text: '29 November', label: 'Hwasong-15 test (2017)', sources: ['yonhap-2017-11-29'] },
      { text: 'Hwasong-15', label: 'Weapon designation (North Korean ICBM)', sources: ['yonhap-2017-11-29'] },
      { text: '21 to 31 August', label: 'Ulchi Freedom Guardian exercise (2017)', sources: ['insidedefense-2017-08', 'yonhap-2017-08-21'] },
      { text: 'about 17,500', label: 'US personnel in Ulchi Freedom Guardian', sources: ['insidedefense-2017-08', 'yonhap-2017-08-21'], approximate: true },
      { text: 'about 50,000', label: 'South Korean personnel in Ulchi Freedom Guardian', sources: ['yonhap-2017-08-21'], approximate: true },
      { text: '4 to 8 December', label: 'Vigilant Ace air exercise (2017)', sources: ['reuters-2017-12-04', 'ap-2017-12-04'] },
      { text: 'more than 230 aircraft', label: 'Aircraft in Vigilant Ace', sources: ['reuters-2017-12-04'] },
      { text: 'six launchers', label: 'THAAD launchers at Seongju', sources: ['ibtimes-2017-09-07', 'kbsworld-2017-09'] },
      { text: '7 September', label: 'Four more THAAD launchers deployed (2017)', sources: ['ibtimes-2017-09-07', 'kbsworld-2017-09'] },
      { text: '8 January 2016', label: 'South Korea restarts loudspeaker broadcasts', sources: ['reuters-2016-01-08', 'upi-2016-01-07'] },
      { text: 'fourth nuclear test', label: 'North Korean nuclear test that preceded the restart', sources: ['reuters-2016-01-08', 'upi-2016-01-07'] },
      { text: 'November 2017', label: 'Loudspeakers carry news of Oh’s escape', sources: ['yonhap-2017-11-26'] },
    ],
  },

  sources: {
    heading: 'Sources and data',
    body: [
      'Every date, number and place in this explainer comes from the news reports, official statements and reference works listed here, cited to the original outlet or agency. Where sources disagree, the text gives the range or leaves the figure out; where they give only an estimate, it says “about”.',
      'The arrivals chart uses the Ministry of Unification’s annual figures, which count North Koreans who reached the South, not attempts to leave. Figures marked as approximate in the table are estimates or are disputed between sources.',
      'Map data: Natural Earth (public domain) and OpenStreetMap contributors (ODbL), via @geo-maps. Fonts: Noto Sans and Noto Sans KR (SIL Open Font License). Crossing points, the band of the DMZ and Oh Chong-song’s route are drawn from the sources as approximations, and the map marks approximate locations as such.',
    ],
    mapDescription:
      'The map returns to the whole Korean Peninsula. Places whose exact location is not known are marked as approximate.',
    figures: [],
  },
};
