// Hand-made PDFs for the cases a printer does not produce: an encrypted file, a font whose glyphs map to private-use
// code points. Written object by object, with a correct cross-reference table.

/** A one-page PDF showing `content` (a content stream) with font F1; `fontExtra` is added to the font dictionary. */
export function minimalPdf(options: { content: string; font?: string; fontExtra?: string; extraObjects?: string[]; trailerExtra?: string }): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    options.font ?? `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica${options.fontExtra ?? ""} >>`,
    `<< /Length ${options.content.length} >>\nstream\n${options.content}\nendstream`,
    ...(options.extraObjects ?? []),
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${options.trailerExtra ?? ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}

/** Text shown with a ToUnicode map that sends every code to a private-use code point (U+E000 + code). */
export function privateUsePdf(length = 60): Uint8Array {
  const codes = Array.from({ length }, (_, i) => String.fromCharCode(0x41 + (i % 26))).join("");
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CMapName /PUA def 1 begincodespacerange <00> <FF> endcodespacerange",
    "1 beginbfrange <41> <5A> <E041> endbfrange",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  return minimalPdf({
    content: `BT /F1 12 Tf 40 800 Td (${codes}) Tj ET`,
    fontExtra: " /ToUnicode 6 0 R",
    extraObjects: [`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`],
  });
}

/** A PDF encrypted with the standard handler whose user password is not empty: it cannot be opened without it. */
export function encryptedPdf(): Uint8Array {
  const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
  return minimalPdf({
    content: "BT /F1 12 Tf 40 800 Td (secret) Tj ET",
    extraObjects: [`<< /Filter /Standard /V 1 /R 2 /O ${hex32("a1")} /U ${hex32("b2")} /P -4 >>`],
    trailerExtra: " /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
  });
}
