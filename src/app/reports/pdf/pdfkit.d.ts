// pdfkit ships no type declarations; this covers the part of its API the report PDF uses.
declare module "pdfkit" {
  type TTextOptions = {
    width?: number;
    height?: number;
    align?: "left" | "center" | "right" | "justify";
    continued?: boolean;
    lineGap?: number;
    paragraphGap?: number;
    indent?: number;
    lineBreak?: boolean;
  };
  type TDocumentOptions = {
    size?: string | [number, number];
    margin?: number;
    margins?: { top: number; bottom: number; left: number; right: number };
    layout?: "portrait" | "landscape";
    bufferPages?: boolean;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: string;
    tagged?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; CreationDate?: Date; ModDate?: Date; Producer?: string; Creator?: string };
    autoFirstPage?: boolean;
  };
  class PDFDocument {
    constructor(options?: TDocumentOptions);
    x: number;
    y: number;
    page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
    on(event: "data", listener: (chunk: Uint8Array) => void): this;
    on(event: "end", listener: () => void): this;
    on(event: "error", listener: (error: unknown) => void): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, options?: TTextOptions): this;
    text(text: string, x?: number, y?: number, options?: TTextOptions): this;
    heightOfString(text: string, options?: TTextOptions): number;
    widthOfString(text: string, options?: TTextOptions): number;
    moveDown(lines?: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    circle(x: number, y: number, radius: number): this;
    roundedRect(x: number, y: number, w: number, h: number, radius: number): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    addPage(options?: TDocumentOptions): this;
    end(): void;
  }
  export default PDFDocument;
}
