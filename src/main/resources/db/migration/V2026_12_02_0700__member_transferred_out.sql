-- An official transfer to a party organization outside the portal's tree: the record stays (history), marked
-- with the day the member left and where to, and leaves the organization's lists and roles.
ALTER TABLE member
    ADD COLUMN transferred_out_on DATE,
    ADD COLUMN transferred_out_to VARCHAR(255);
