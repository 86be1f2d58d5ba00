-- The lines of an ERP order (issue 11): the expense write-back plan leaves out orders that hold
-- goods lines with a NOT EXISTS over erp_line by (business_type, order_id), which without this
-- index read every staged line of the business type for each line of the month (a 1,000,000-line
-- month: about half a second per expense line). With it, each check is one index range.
CREATE INDEX erp_line_order ON erp_line (business_type, order_id, category);
