-- CreateIndex
CREATE INDEX "Report_updatedAt_idx" ON "Report"("updatedAt");
