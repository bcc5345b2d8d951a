/** Set by proxy.ts on the back office's routes, which stay in Vietnamese. */
export const STAFF_AREA_HEADER = "x-dvc-staff-area";
