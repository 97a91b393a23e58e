import { chromium } from '@playwright/test';
const [,, url, out, w='1440', h='900', init=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader','--use-angle=swiftshader','--ignore-gpu-blocklist'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
if (init === 'nowebgl') await p.addInitScript(`(() => { const o = HTMLCanvasElement.prototype.getContext; HTMLCanvasElement.prototype.getContext = function (t, ...r) { return /webgl/.test(String(t)) ? null : o.call(this, t, ...r); }; })();`);
await p.goto(url);
await p.waitForTimeout(6000);
await p.screenshot({ path: out });
await b.close();
