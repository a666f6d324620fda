UPDATE indicator SET baseline = 'abc';
