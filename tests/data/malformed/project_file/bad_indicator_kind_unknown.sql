UPDATE indicator SET kind = 'fuzzy';
