// Text from the plan never becomes markup on a page.

import { describe, expect, it } from 'vitest';
import { count, html, raw } from '../../src/site/html.js';
import { href } from '../../src/site/layout.js';

describe('html`…`', () => {
  it('escapes every value, in text and in attributes', () => {
    const title = '<script>alert("x")</script> & \'y\'';
    expect(html`<td title="${title}">${title}</td>`.text).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>',
    );
  });

  it('keeps markup it made itself, joins lists and drops empty values', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}${false}${undefined}</ul>`.text).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`${raw('<b>')}`.text).toBe('<b>');
  });

  it('drops characters HTML cannot carry', () => {
    expect(html`${'a\u0001b\uFFFEc'}`.text).toBe('abc');
  });

  it('writes numbers the Vietnamese way', () => {
    expect([count(7), count(1234), count(35250), count(1000000)]).toEqual(['7', '1.234', '35.250', '1.000.000']);
  });
});

describe('links between pages', () => {
  it('are relative to the page, so the folder works from file:// and under any web path', () => {
    expect(href('index.html', 'don-vi/so-yt.html')).toBe('don-vi/so-yt.html');
    expect(href('don-vi/so-yt.html', 'don-vi/cat.html')).toBe('cat.html');
    expect(href('don-vi/so-yt.html', 'qua-han.html')).toBe('../qua-han.html');
    expect(href('nhom-muc-tieu/g1.html', 'index.html#don-vi')).toBe('../index.html#don-vi');
    expect(href('index.html', 'index.html#du-lieu')).toBe('index.html#du-lieu');
  });
});
