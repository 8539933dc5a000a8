// The orders list as AdminJS draws it, except beside the title of a searched list: such a list is not
// counted (admin/counter-resource.ts, SEARCH_COUNT_UP_TO), its pager only offers the next page, so
// its total is no count of the matches and is not shown as one.
import React from 'react';
import { List, type ActionProps } from 'adminjs';

const searched = () => new URLSearchParams(window.location.search).has('filters.search');

const OrderList: React.FC<ActionProps> = (props) => {
  const { setTag } = props;
  React.useEffect(() => {
    if (searched()) setTag?.('');
  });
  const tagged: typeof setTag = setTag && ((tag) => setTag(searched() ? '' : tag));
  return <List {...props} setTag={tagged} />;
};

export default OrderList;
