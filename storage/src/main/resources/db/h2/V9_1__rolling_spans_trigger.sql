-- The triggers' share of V9 on H2: RollingWindowTrigger (the trigger of V8_1) keeps every span in Java; the tables it
-- writes were made again by V9, so only the statistics are refreshed here.
ANALYZE;
