import { describe, expect, it } from 'vitest';
import { checkLinks, extractLinks, type LinkTargets } from '../../src/lib/check/index.ts';
import { parseBody } from '../../src/lib/read/body.ts';

const targets: LinkTargets = {
  entries: new Set(['kept', 'gone']),
  published: new Set(['kept']),
  topics: new Set(['sales']),
  kinds: new Set(['story']),
  mentors: new Set(),
  siteUrl: 'https://kb.example/',
  imageHosts: ['cdn.example'],
};
const findings = (body: string) =>
  checkLinks('x.mdx', extractLinks(parseBody(body, 'x.mdx', 0).tree!), targets).map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`);

describe('check judges every link and image the renderer will settle', () => {
  it('remote images are refused unless their host is listed, and say which setting to change', () => {
    expect(findings('![p](https://tracker.example/p.gif) ![q](//tracker.example/q.gif) ![ok](https://img.cdn.example/a.png) ![site](/logo.png)')).toEqual([
      '1:1 error remote-image',
      '1:37 error remote-image',
    ]);
    const [f] = checkLinks('x.mdx', extractLinks(parseBody('![p](https://tracker.example/p.gif)', 'x.mdx', 0).tree!), targets);
    expect(f!.message).toContain('`remoteImages.allow` in `content/site.yaml`');
  });
  it('an image under an entry path, references and absolute links to the site are judged as site links', () => {
    expect(
      findings(
        [
          '![b](/entries/gone/photo.png) [r][ref] [abs](https://kb.example/entries/gone/) [fine](https://kb.example/topics/sales/) [x](//other.example/)',
          '',
          '[ref]: /entries/nowhere/',
        ].join('\n'),
      ),
    ).toEqual(['1:1 error broken-link', '1:31 error broken-link', '1:40 warning link-to-withheld', '1:121 warning protocol-relative-link']);
  });
});
