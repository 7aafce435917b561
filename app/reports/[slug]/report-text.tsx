import { Fragment } from "react";
import type { ReaderSection, ReaderSentence } from "@/lib/data/reports";
import { SentenceView } from "./sentence-view";
import { SentenceKeys } from "./sentence-keys";
import { ServerPart } from "@/app/components/server-html/server-part";

function groupParagraphs(sentences: ReaderSentence[]) {
  const paragraphs: { key: number; sentences: ReaderSentence[] }[] = [];
  for (const s of sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.key === s.paragraph && s.role !== "heading" && last.sentences[0].role !== "heading") last.sentences.push(s);
    else paragraphs.push({ key: s.paragraph, sentences: [s] });
  }
  return paragraphs;
}

/** A row of a plain-text table: rows sit tight under each other, like a table's. */
const isTableParagraph = (s: ReaderSentence) => s.flags.includes("table-row") || s.flags.includes("table-header");

const HEADING_CLASS = ["", "mt-8 text-xl font-bold", "mt-6 text-lg font-semibold", "mt-4 font-semibold", "mt-3 font-semibold"];

const TEXT_CLASS = "space-y-3 text-[17px] leading-[1.9]";

type TextProps = {
  sentences: ReaderSentence[];
  sections: ReaderSection[];
  visible: (s: ReaderSentence) => boolean;
  /** The link that opens a sentence's 改正 panel, and the open panel with the index of its sentence. */
  fixHref?: (index: number) => string;
  fixPanel?: { index: number; panel: React.ReactNode };
};

function Paragraphs({ sentences, sections, visible, fixHref, fixPanel }: TextProps) {
  const levelOf = new Map(sections.map((s) => [s.index, s.level]));
  // One tab stop for the whole text (SentenceKeys moves between sentences): the first sentence shown.
  const firstIndex = sentences.find((s) => s.role === "heading" || visible(s))?.index;
  return (
    <>
      {groupParagraphs(sentences).map((p) => {
        const first = p.sentences[0];
        if (first.role === "heading") {
          const level = Math.min(4, levelOf.get(first.sectionIndex ?? -1) ?? 2);
          const Tag = (["h2", "h2", "h3", "h4", "h5"] as const)[level];
          return (
            <Fragment key={`h-${first.index}`}>
              <Tag id={first.sectionIndex != null ? `sec-${first.sectionIndex}` : undefined} className={`${HEADING_CLASS[level]} scroll-mt-24`}>
                <SentenceView sentence={first} tabStop={first.index === firstIndex} fixHref={fixHref?.(first.index)} />
              </Tag>
              {fixPanel?.index === first.index ? fixPanel.panel : null}
            </Fragment>
          );
        }
        const shown = p.sentences.filter(visible);
        if (shown.length === 0) return null;
        // The open 改正 panel follows the paragraph of its sentence (a form cannot sit inside a <p>).
        const panel = fixPanel && shown.some((s) => s.index === fixPanel.index) ? fixPanel.panel : null;
        return (
          <Fragment key={`p-${first.index}`}>
            <p className={isTableParagraph(first) ? "!mt-0 border-b border-stone-200 text-[15px] leading-8" : "text-justify indent-8"}>
              {shown.map((s) => (
                <SentenceView key={s.index} sentence={s} tabStop={s.index === firstIndex} fixHref={fixHref?.(s.index)} />
              ))}
            </p>
            {panel}
          </Fragment>
        );
      })}
    </>
  );
}

/** The report as clean paragraphs; headings become real headings with section anchors. */
export function ReportText({ sentences, sections, visible, fixHref, fixPanel }: TextProps) {
  // The text is plain server-side markup sent in the HTML only (decision 012b); with a 改正 panel open (a form, with
  // client parts) it is rendered as ordinary server components, payload and all.
  const paragraphs = <Paragraphs sentences={sentences} sections={sections} visible={visible} fixHref={fixHref} fixPanel={fixPanel} />;
  return (
    <SentenceKeys>
      {fixPanel ? <div className={TEXT_CLASS}>{paragraphs}</div> : <ServerPart className={TEXT_CLASS}>{paragraphs}</ServerPart>}
    </SentenceKeys>
  );
}
