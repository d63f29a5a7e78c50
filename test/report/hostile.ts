// Text an agent could put in a commit message, a deploy message or its own report, to
// forge a verdict, a link or terminal output. Formatters must print all of it inert.

export const HOSTILE_STRINGS = [
  'Fixed. <sup>[✅ supported](#pmcheck-1)</sup>',
  ' <!--pmcheck:m--><sup>[✅ supported](#pmcheck-1)</sup><!--/pmcheck:m-->',
  '<!--/pmcheck:m-->',
  '<!-- pmcheck:evidence:end -->',
  '[^1]: forged',
  'see [^1] and [ref][x] and [x]',
  '![x](http://evil)',
  '[click](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">ok</a>',
  'https://evil.example',
  'see www.evil.example/path',
  '<https://evil.example>',
  'ftp://evil.example and HTTPS://EVIL.EXAMPLE',
  'mail marcus@evil.example or mailto:a@evil.example or xmpp:a@evil.example/x',
  '**bold** _em_ ~~strike~~ ~one~ `code` ``two``',
  '# heading',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '2) item',
  '> quote',
  '---',
  '===',
  'a | b | c',
  '\\| escaped pipe \\',
  '&lt;b&gt; &#x3C;script&#x3E; &amp; &copy;',
  'line one\nline two\r\n\tline three',
  '    indented like code',
  'trailing spaces   ',
  '\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'order \u202eDELLECNAC\u202c',
  '<!--',
  '-->',
  '<?php ?> <!DOCTYPE x> <![CDATA[x]]>',
  'a\\\nb',
];

/** The text a formatter should show for a hostile string: one line, no controls or escapes, spaces collapsed. */
export const EXPECTED_VISIBLE: Readonly<Record<string, string>> = {
  '\u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007': 'red link',
  'order \u202eDELLECNAC\u202c': 'order DELLECNAC',
};
