// assets/site.js: what scripts add to the pages, and only that (DESIGN §5.2): every table is whole
// and readable without them. A table marked data-sort gets a button in each column header that
// sorts its rows; one marked data-filter gets a search box (accents ignored: "so y te" finds
// "Sở Y tế") and, when its rows carry data-status, a choice of status. The function below runs in
// the browser; it is type-checked with the rest and written out through its own source text.

export interface EnhanceWords {
  filter: string;
  placeholder: string;
  status: string;
  all: string;
  /** "Đang hiện {shown} trong {total} dòng" */
  shown: string;
  /** "Sắp xếp theo cột {column}": the sort button's name */
  sortBy: string;
  /** every status key with its words, most urgent first: the order "sort by status" uses */
  statuses: [string, string][];
}

export function enhance(doc: Document, words: EnhanceWords): void {
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  // what a cell sorts by: "1.234" and "60%" as numbers, "24/06/2026" as "20260624", a status by urgency
  const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.').replace(/[^0-9.-].*$/, '')) || 0;
  const day = (text: string) => text.split('/').reverse().join('');
  const order = new Map(words.statuses.map(([key], i) => [key, i]));

  const sortable = (table: HTMLTableElement) => {
    const body = table.tBodies[0];
    const head = table.tHead?.rows[0];
    if (!body || !head) return;
    Array.from(head.cells).forEach((th, column) => {
      const type = th.getAttribute('data-type');
      if (!type) return;
      // the header keeps its text (print repeats it on every page, which it does not do for a
      // button); the button beside it covers the whole header cell, so it is easy to hit
      const button = doc.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-label', words.sortBy.replace('{column}', (th.textContent ?? '').trim()));
      th.appendChild(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.from(head.cells).forEach((other) => other.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const keyOf = (row: HTMLTableRowElement): string | number => {
          const text = (row.cells[column]?.textContent ?? '').trim();
          if (type === 'status') return order.get((row.getAttribute('data-status') ?? '').split(' ')[0]!) ?? order.size;
          return type === 'num' ? number(text) : type === 'date' ? day(text) : text;
        };
        const rows = Array.from(body.rows).map((row, i) => ({ row, i, key: keyOf(row) }));
        const compare = (a: string | number, b: string | number) =>
          typeof a === 'number' && typeof b === 'number' ? a - b : type === 'text' ? String(a).localeCompare(String(b), 'vi') : a < b ? -1 : a > b ? 1 : 0;
        // ties keep their order, so sorting by one column then another groups as expected
        rows.sort((a, b) => (ascending ? compare(a.key, b.key) : compare(b.key, a.key)) || a.i - b.i);
        const fragment = doc.createDocumentFragment();
        rows.forEach((r) => fragment.appendChild(r.row));
        body.appendChild(fragment);
      });
    });
  };

  const filterable = (table: HTMLTableElement) => {
    const body = table.tBodies[0];
    const frame = table.closest('.wrap') ?? table;
    if (!body || !frame.parentNode) return;
    const rows = Array.from(body.rows).map((row) => ({ row, text: fold(Array.from(row.cells, (c) => c.textContent ?? '').join(' ')).replace(/\s+/g, ' '), statuses: (row.getAttribute('data-status') ?? '').split(' ') }));
    const tools = doc.createElement('div');
    tools.className = 'tools';
    const label = doc.createElement('label');
    label.textContent = words.filter;
    const input = doc.createElement('input');
    input.type = 'search';
    input.placeholder = words.placeholder;
    label.appendChild(input);
    tools.appendChild(label);
    let select: HTMLSelectElement | undefined;
    const present = new Set(rows.flatMap((r) => r.statuses));
    const statuses = words.statuses.filter(([key]) => present.has(key));
    if (statuses.length > 1) {
      const choose = doc.createElement('label');
      choose.textContent = words.status;
      select = doc.createElement('select');
      select.add(new Option(words.all, ''));
      statuses.forEach(([key, text]) => select!.add(new Option(text, key)));
      choose.appendChild(select);
      tools.appendChild(choose);
    }
    const output = doc.createElement('output');
    output.setAttribute('aria-live', 'polite');
    tools.appendChild(output);
    frame.parentNode.insertBefore(tools, frame);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      const phrase = fold(input.value).replace(/\s+/g, ' ').trim();
      const status = select?.value ?? '';
      let shown = 0;
      for (const r of rows) {
        const visible = (!status || r.statuses.includes(status)) && r.text.includes(phrase);
        // only rows that change: touching thousands of rows that stay as they are costs seconds
        if (r.row.hidden === visible) r.row.hidden = !visible;
        if (visible) shown++;
      }
      output.textContent = words.shown.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(apply, 120);
    });
    select?.addEventListener('change', apply);
    apply();
  };

  doc.querySelectorAll<HTMLTableElement>('table[data-sort]').forEach(sortable);
  doc.querySelectorAll<HTMLTableElement>('table[data-filter]').forEach(filterable);
}

/** The script file: the function above, called once the page is read (the tag is deferred). */
export function siteScript(words: EnhanceWords): string {
  return `"use strict";\n(${enhance.toString()})(document, ${JSON.stringify(words)});\n`;
}
