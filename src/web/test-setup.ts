// Mantine under jsdom needs a few browser APIs jsdom lacks; only installed when a DOM exists.
if (typeof window !== "undefined") {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => {};
  // the app loads one language's chunk at a time; jsdom renders switch languages freely
  const { registerAllCatalogues } = await import("./i18n/all-catalogues");
  registerAllCatalogues();
}
export {};
