-- CreateIndex
CREATE INDEX "Report_regionSlug_planYear_reviewYear_kind_version_id_idx" ON "Report"("regionSlug", "planYear" DESC, "reviewYear" DESC, "kind", "version", "id");

-- CreateIndex
CREATE INDEX "Report_regionCode_idx" ON "Report"("regionCode");
