import './main.js';

// The reader page (index.html) takes ?lang=, ?mode= and ?theme= so a teacher can share a link
// that opens in Korean or in presenter mode. The element validates the values itself.
const params = new URLSearchParams(location.search);
const el = document.querySelector('dmz-explainer');
for (const name of ['lang', 'mode', 'theme'] as const) {
  const value = params.get(name);
  if (el && value !== null) el.setAttribute(name, value);
}
if (el && params.get('lang') === 'ko') document.documentElement.lang = 'ko';
