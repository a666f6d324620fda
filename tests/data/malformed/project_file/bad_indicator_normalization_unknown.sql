UPDATE indicator SET normalization = 'magic';
