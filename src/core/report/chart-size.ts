// The size of every recap chart, in pixels: the width and height options each chart of the recap
// sheet is built with, hence the size of the picture taken of it. The report document shows each
// picture at a width of its own with this aspect ratio, so it sizes the picture without reading
// the picture's size back.
export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 300;
