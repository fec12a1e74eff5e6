// A domain that this version of the library does not have yet: no export.
export {};
