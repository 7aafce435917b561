-- CreateIndex
CREATE INDEX "Sentence_reportId_index_paragraph_sectionIndex_role_kind_su_idx" ON "Sentence"("reportId", "index", "paragraph", "sectionIndex", "role", "kind", "subtype");
