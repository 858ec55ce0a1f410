/**
 * The element ids of a tab and of its panel, never equal to a URL hash (so the browser does not
 * jump to them): the tab row, the panels and anything that moves the focus into a panel use them.
 */
export const tabElementId = (id: string): string => `tab-${id}`;
export const panelElementId = (id: string): string => `tabpanel-${id}`;
