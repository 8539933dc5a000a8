-- CreateTable
CREATE TABLE "ScreenSetting" (
    "id" SERIAL NOT NULL,
    "resourceId" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "ScreenSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScreenSettingChange" (
    "id" SERIAL NOT NULL,
    "resourceId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "staffUserId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScreenSettingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScreenSetting_resourceId_key" ON "ScreenSetting"("resourceId");

-- CreateIndex
CREATE INDEX "ScreenSettingChange_resourceId_id_idx" ON "ScreenSettingChange"("resourceId", "id");

-- AddForeignKey
ALTER TABLE "ScreenSetting" ADD CONSTRAINT "ScreenSetting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreenSettingChange" ADD CONSTRAINT "ScreenSettingChange_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

