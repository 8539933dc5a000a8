// Every React component the admin bundles, registered once.
import { ComponentLoader } from 'adminjs';

export const componentLoader = new ComponentLoader();

export const Components = {
  MoneyValue: componentLoader.add('MoneyValue', './MoneyValue'),
  MoneyInput: componentLoader.add('MoneyInput', './MoneyInput'),
  Home: componentLoader.add('Home', './Home'),
  MyAccount: componentLoader.add('MyAccount', './MyAccount'),
  NoWrap: componentLoader.add('NoWrap', './NoWrap'),
  BulkOrderAction: componentLoader.add('BulkOrderAction', './BulkOrderAction'),
  OrderActionForm: componentLoader.add('OrderActionForm', './OrderActionForm'),
  RefundOrder: componentLoader.add('RefundOrder', './RefundOrder'),
  FulfilItems: componentLoader.add('FulfilItems', './FulfilItems'),
  OrderPage: componentLoader.add('OrderPage', './OrderPage'),
  OrderList: componentLoader.add('OrderList', './OrderList'),
  EditOrderLines: componentLoader.add('EditOrderLines', './EditOrderLines'),
  PrintOrder: componentLoader.add('PrintOrder', './PrintOrder'),
  ExportCsv: componentLoader.add('ExportCsv', './ExportCsv'),
  ImportProducts: componentLoader.add('ImportProducts', './ImportProducts'),
  ProductPage: componentLoader.add('ProductPage', './ProductPage'),
  ProductThumbnail: componentLoader.add('ProductThumbnail', './ProductThumbnail'),
  ScreenSettingsEditor: componentLoader.add('ScreenSettingsEditor', './ScreenSettingsEditor'),
  AuditMessage: componentLoader.add('AuditMessage', './AuditMessage'),
  FormRefusals: componentLoader.add('FormRefusals', './FormRefusals'), // no screen: reads 422 answers as forms' answers
};
