UPDATE project SET territory_kind = 'galaxie';
