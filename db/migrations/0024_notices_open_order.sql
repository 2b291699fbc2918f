DROP INDEX "notices_status_idx";--> statement-breakpoint
CREATE INDEX "notices_open_order_idx" ON "notices" USING btree ("status","period_ends_at","id");